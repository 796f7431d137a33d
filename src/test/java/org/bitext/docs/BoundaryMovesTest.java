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
}
