package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

class BeadScorerTest {
  private static List<DocumentSentence> sentences(String... texts) {
    return Arrays.stream(texts).map(text -> new DocumentSentence(text, 0)).toList();
  }

  private final List<DocumentSentence> zh = sentences("昨天下雨了。", "春天来了，花开了。", "鸟叫了。", "今天天气很好。");
  private final List<DocumentSentence> en = sentences("It rained yesterday.", "Spring came.", "The flowers bloomed.",
      "The birds sang.", "Today the weather is fine.");
  private final Similarity.Evidence evidence = new LexicalSimilarity(TestLexicon.get()).prepare(zh, en);
  private final BeadScorer scorer =
      new BeadScorer(evidence, PairOverlaps.direct(evidence), DocumentShape.of(zh, en), 0.6);

  @Test
  void aFanOfOneToManyBeadsScoresEachBeadAsTheBeadAlone() {
    double[] fan = new double[4];
    scorer.oneToMany(1, 3, 3, fan);
    for (int n = 1; n <= 3; n++) {
      assertThat(fan[n]).as("1-%d", n).isCloseTo(scorer.similarity(1, 2, 3 - n, 3), within(1e-12));
    }
    // 春天来了，花开了 is "Spring came. The flowers bloomed.": the 1-2 bead, not the 1-1 or 1-3.
    assertThat(fan[2]).isGreaterThan(fan[1]).isGreaterThan(fan[3]);
  }

  @Test
  void aFanOfManyToOneBeadsScoresEachBeadAsTheBeadAlone() {
    double[] fan = new double[4];
    scorer.manyToOne(3, 3, 3, fan);
    for (int n = 1; n <= 3; n++) {
      assertThat(fan[n]).as("%d-1", n).isCloseTo(scorer.similarity(3 - n, 3, 3, 4), within(1e-12));
    }
  }
}
