package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext inspect}: each candidate, the span chosen and how, the evidence, and the spans weighed against it. */
class InspectCommandTest {
  @TempDir
  Path folder;

  @Test
  void showsTheSpanChosenItsEvidenceAndTheRunnersUpWithTheirScores() throws Exception {
    // From zhwiki 西奥多·罗斯福 (the design part of the gold corpus): word segmentation decides the term's start.
    Path article = Files.writeString(folder.resolve("roosevelt.wikitext"),
        "俄克拉何马包括的[[印地安保留地|印地安保留地]]曾经试图以塞阔雅（{{lang-en|Sequoyah}}）州的名义单独加盟。");
    StringWriter out = new StringWriter();
    int exit = BitextCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "inspect", article.toString());
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("paren-after-text  PAIR", "zh      塞阔雅   (word segmentation (after 「以」))",
        "english-coverage", "han-coverage")
        .containsPattern("runner-up 以塞阔雅   score 0\\.\\d{3} \\(from another word start\\)");
  }
}
