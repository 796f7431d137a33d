package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

class BoundaryMovesTest {
  private static List<DocumentSentence> sentences(String... texts) {
    return Arrays.stream(texts).map(text -> new DocumentSentence(text, 0)).toList();
  }

  private final List<DocumentSentence> zh = sentences("春天来了，花开了，鸟叫了，孩子们笑了。", "今天天气很好。");
  private final List<DocumentSentence> en = sentences("Spring came.", "The flowers bloomed.", "The birds sang.",
      "The children laughed.", "Today the weather is fine.");
  private final Similarity.Evidence evidence = new LexicalSimilarity(TestLexicon.get()).prepare(zh, en);
  private final BeadScorer scorer =
      new BeadScorer(evidence, PairOverlaps.direct(evidence), DocumentShape.of(zh, en), 0.6);
  private final BoundaryMoves moves = new BoundaryMoves(scorer, BeadShape.all(), AlignSettings.defaults());

  private static List<String> ladder(List<Bead> beads) {
    return beads.stream().map(b -> b.zhStart() + "-" + b.zhEnd() + ":" + b.enStart() + "-" + b.enEnd()).toList();
  }

  @Test
  void aSentenceOnTheWrongSideOfABoundaryMovesToTheBeadThatAccountsForIt() {
    // "The children laughed." is 孩子们笑了, the first sentence's last clause, not today's weather.
    List<Bead> refined = moves.refine(List.of(new Bead(0, 1, 0, 3, 0.5), new Bead(1, 2, 3, 5, 0.2)));
    assertThat(ladder(refined)).containsExactly("0-1:0-4", "1-2:4-5");
    assertThat(refined.get(1).score()).isEqualTo(scorer.similarity(1, 2, 4, 5));
  }

  @Test
  void beadsWhoseSentencesAreWhereTheyBelongStay() {
    List<Bead> right = List.of(new Bead(0, 1, 0, 4, 0.5), new Bead(1, 2, 4, 5, 0.5));
    assertThat(moves.refine(right)).isEqualTo(right);
  }

  @Test
  void aBeadWithAnEmptySideNeitherGivesNorTakes() {
    List<Bead> beads = List.of(new Bead(0, 1, 0, 3, 0.5), new Bead(1, 1, 3, 4, 0), new Bead(1, 2, 4, 5, 0.5));
    assertThat(moves.refine(beads)).isEqualTo(beads);
  }

  /**
   * From zhwiki 共和國戰歌: the Chinese leaves a stanza out, and the aligner merges it into the bead of the next line
   * the Chinese has. That bead's English is far too long, so every sentence in it is worth little; giving its last,
   * which it renders, to the next bead would mend its length fit, but the next bead accounts for less of it.
   */
  @Test
  void aSentenceStaysInTheBeadThatAccountsForMoreOfIt() {
    List<DocumentSentence> songZh = sentences("祂而吹起號角聲音催我只向前奮進；", "祂在祂的審判座前細察世界萬人心，");
    List<DocumentSentence> songEn = sentences("I have seen Him in the watch-fires of a hundred circling camps,",
        "They have builded Him an altar in the evening dews and damps;",
        "I can read His righteous sentence by the dim and flaring lamps:", "His day is marching on.",
        "He has sounded forth the trumpet that shall never call retreat;",
        "He is sifting out the hearts of men before His judgment-seat:");
    Similarity.Evidence song = new LexicalSimilarity(TestLexicon.get()).prepare(songZh, songEn);
    BeadScorer songScorer =
        new BeadScorer(song, PairOverlaps.direct(song), DocumentShape.of(songZh, songEn), 0.6);
    List<Bead> beads = List.of(new Bead(0, 1, 0, 5, 0.05), new Bead(1, 2, 5, 6, 0.3));
    assertThat(songScorer.englishShare(0, 1, 4)).isGreaterThan(songScorer.englishShare(1, 2, 4));
    assertThat(new BoundaryMoves(songScorer, BeadShape.all(), AlignSettings.defaults()).refine(beads))
        .isEqualTo(beads);
  }
}
