package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.bitext.docs.Ladder;
import org.bitext.docs.SideOrder;
import org.bitext.eval.AlignmentEvaluation;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the second development set (six Kubernetes concept pages, their Chinese translation and the English
 * the translators kept beside it): {@code align-docs --no-split} against the hand-made gold. It measured 313 of 313
 * beads right; the floors leave room for a bead or four.
 */
class AlignDocsKubernetesIT {
  private static final Path PAGES = TestFiles.resource("docs/kubernetes");

  @TempDir
  Path folder;

  @Test
  void alignsTheKubernetesPagesAboveTheMeasuredFloor() throws Exception {
    Path ladder = folder.resolve("kubernetes.align");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(BitextCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "align-docs",
        "--no-split", PAGES.resolve("zh.txt").toString(), PAGES.resolve("en.txt").toString(), "-o",
        ladder.toString())).isEqualTo(0);

    AlignmentEvaluation evaluation = AlignmentEvaluation.of(Ladder.read(ladder, SideOrder.ZH_EN),
        Ladder.read(PAGES.resolve("gold.align"), SideOrder.ZH_EN));
    assertThat(evaluation.strict().f1()).isGreaterThanOrEqualTo(0.985);
    assertThat(evaluation.lax().f1()).isGreaterThanOrEqualTo(0.995);
    assertThat(err.toString()).doesNotContain("weak beads");
  }
}
