package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes development set with a stretch of its English cut out: the path must leave the length diagonal by
 * far more than the sentence pass's reach around the block path, so the block pass has to find the way.
 */
class DocumentAlignerDriftTest {
  private static final Path PAGES = TestFiles.resource("docs/kubernetes");
  /** English sentences {@code [CUT_FROM, CUT_TO)} are left out: six blocks' worth. */
  private static final int CUT_FROM = 100;
  private static final int CUT_TO = 160;

  private final DocumentAligner aligner =
      new DocumentAligner(new LexicalSimilarity(TestLexicon.get()), AlignSettings.defaults());

  @Test
  void findsTheTranslationAgainPastAStretchTheEnglishLeavesOut() throws IOException {
    List<DocumentSentence> zh = LineSentences.of(Files.readString(PAGES.resolve("zh.txt")));
    List<DocumentSentence> en = LineSentences.of(Files.readString(PAGES.resolve("en.txt")));
    List<DocumentSentence> cut = new ArrayList<>(en.subList(0, CUT_FROM));
    cut.addAll(en.subList(CUT_TO, en.size()));

    Set<LadderBead> found = aligner.align(zh, cut).stream().map(LadderBead::of).collect(Collectors.toSet());

    List<LadderBead> kept = Ladder.read(PAGES.resolve("gold.align"), SideOrder.ZH_EN).stream()
        .filter(bead -> bead.en().stream().allMatch(j -> j < CUT_FROM || j >= CUT_TO))
        .map(DocumentAlignerDriftTest::closeTheGap).toList();
    assertThat(kept).hasSizeGreaterThan(240);
    // 243 of the 254 beads left are found; around the cut some Chinese sentences go into 5-1 beads, not 1-0 ones.
    long right = kept.stream().filter(found::contains).count();
    assertThat(right).isGreaterThanOrEqualTo(kept.size() * 94 / 100);
  }

  private static LadderBead closeTheGap(LadderBead bead) {
    return new LadderBead(bead.zh(),
        bead.en().stream().map(j -> j < CUT_FROM ? j : j - (CUT_TO - CUT_FROM)).toList());
  }
}
