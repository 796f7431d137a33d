package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.docs.Ladder;
import org.bitext.docs.LadderBead;
import org.bitext.docs.SideOrder;
import org.bitext.eval.AlignmentEvaluation;
import org.bitext.eval.VerseMerge;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the Bible development set (Genesis to Numbers, KJV and CUV): {@code align-docs --no-split} writes a
 * ladder, {@code eval-align} scores it against the verse gold. The floors are today's figures, rounded down.
 */
class AlignDocsBibleTest {
  private static final Path BIBLE = TestFiles.resource("docs/bible");

  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int bitext(String... args) {
    return BitextCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void alignsTheBibleSetAboveTheMeasuredFloor() throws Exception {
    Path ladder = folder.resolve("bible.align");
    assertThat(bitext("align-docs", "--no-split", BIBLE.resolve("zh.txt").toString(),
        BIBLE.resolve("en.txt").toString(), "-o", ladder.toString())).isEqualTo(0);

    List<LadderBead> beads = new VerseMerge(Files.readAllLines(BIBLE.resolve("zh.verse")),
        Files.readAllLines(BIBLE.resolve("en.verse"))).merge(Ladder.read(ladder, SideOrder.ZH_EN));
    AlignmentEvaluation evaluation =
        AlignmentEvaluation.of(beads, Ladder.read(BIBLE.resolve("gold.align"), SideOrder.EN_ZH));
    assertThat(evaluation.strict().f1()).isGreaterThanOrEqualTo(0.96);
    assertThat(evaluation.lax().f1()).isGreaterThanOrEqualTo(0.995);

    assertThat(bitext("eval-align", "--gold", BIBLE.resolve("gold.align").toString(), "--gold-order", "en-zh",
        "--zh-verses", BIBLE.resolve("zh.verse").toString(), "--en-verses", BIBLE.resolve("en.verse").toString(),
        ladder.toString())).isEqualTo(0);
    assertThat(out.toString()).containsPattern("strict\\s+0\\.9[6-9]");
  }

  @Test
  void evalAlignRefusesToGuessTheGoldsOrder() {
    assertThat(bitext("eval-align", "--gold", BIBLE.resolve("gold.align").toString(),
        BIBLE.resolve("gold.align").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--gold-order");
  }
}
