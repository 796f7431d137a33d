package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.eval.GoldKind;
import org.bitext.eval.GoldPair;
import org.bitext.eval.GoldStandard;
import org.bitext.find.FindPattern;
import org.junit.jupiter.api.Test;

/**
 * The score tells right candidates from wrong ones. Right: every gold pair of the dev corpus, scored as if found by a
 * bare parenthesis. Wrong: the same English with the Chinese of gold pairs of its kind from other articles (an
 * unrelated text), and with half of its own Chinese (a boundary too far right). Mismatches within one article are
 * not used: 六項保證 lists the same six assurances in three versions, so its pairs translate each other.
 */
class ScoreSeparationTest {
  private final Scorer scorer = new Scorer(new LexicalCoverage(TestLexicon.get()), ScoreModel.bundled());

  private double score(PairKind kind, String chinese, String english) {
    return scorer.score(new Observation(FindPattern.PAREN_AFTER_TEXT, SpanRule.FIXED, kind, chinese, english,
        false, false, 0, BlockSupport.NONE, false)).score();
  }

  @Test
  void realPairsOutscoreMismatchedOnes() throws Exception {
    List<GoldPair> gold = GoldStandard.read(TestFiles.resource("dev/EXPECTED.tsv")).stream()
        .filter(row -> row.kind() == GoldKind.SENTENCE || row.kind() == GoldKind.TERM).toList();
    List<Double> real = new ArrayList<>();
    List<Double> mismatched = new ArrayList<>();
    for (GoldKind kind : List.of(GoldKind.SENTENCE, GoldKind.TERM)) {
      List<GoldPair> rows = gold.stream().filter(row -> row.kind() == kind).toList();
      for (GoldPair row : rows) {
        real.add(score(pairKind(kind), row.chinese(), row.english()));
        rows.stream().filter(other -> !other.file().equals(row.file())).limit(3)
            .forEach(other -> mismatched.add(score(pairKind(kind), other.chinese(), row.english())));
        if (kind == GoldKind.SENTENCE && row.chinese().length() >= 8) {
          mismatched.add(score(pairKind(kind), row.chinese().substring(row.chinese().length() / 2),
              row.english()));
        }
      }
    }
    double auc = areaUnderCurve(real, mismatched);
    System.out.printf("score separation on %d gold pairs vs %d wrong candidates: AUC %.3f%n", real.size(),
        mismatched.size(), auc);
    // The learned score meets few unrelated pairs in training (real candidates seldom are), so it leans on the
    // pattern and the length more than a hand-weighted one did: 0.884 today. Training on made-up mismatches raised
    // it to 0.92 but cost calibration on the test parts and a dev pair; see the README.
    assertThat(auc).isGreaterThanOrEqualTo(0.87);
  }

  private static PairKind pairKind(GoldKind kind) {
    return kind == GoldKind.SENTENCE ? PairKind.SENTENCE : PairKind.TERM;
  }

  /** The chance that a real pair scores above a mismatched one (ties count half). */
  private static double areaUnderCurve(List<Double> positives, List<Double> negatives) {
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / (positives.size() * (double) negatives.size());
  }
}
