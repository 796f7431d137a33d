package org.bitext.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Emitted pairs scored against gold pairs under one {@link Matching}.
 *
 * @param matching strict or lax
 * @param kinds the scores for sentences, terms, footnote originals, and all
 * @param misses gold pairs not emitted
 * @param extras emitted pairs that match no gold pair (nor an optional one)
 * @param traps wrong pairs whose Chinese a gold row says must not be paired
 * @param thresholds precision and recall of the emitted pairs scoring at least each threshold
 * @param reliability the judged pairs by score band: how often a pair scored s is right
 */
public record Evaluation(Matching matching, List<KindScore> kinds, List<GoldPair> misses,
    List<EmittedPair> extras, List<EmittedPair> traps, List<Threshold> thresholds, Reliability reliability) {

  /** Precision and recall of the pairs scoring at least {@code minScore}. */
  public record Threshold(double minScore, int emitted, double precision, double recall) {}

  private static final double[] THRESHOLDS = {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

  public static Evaluation of(List<GoldPair> gold, List<EmittedPair> emitted, Matching matching) {
    List<GoldPair> wanted = gold.stream().filter(row -> row.kind().isWanted()).toList();
    List<EmittedPair> judged = emitted.stream().filter(pair -> !isOptional(pair, gold, matching)).toList();
    List<KindScore> kinds = new ArrayList<>();
    for (KindGroup group : KindGroup.values()) {
      kinds.add(score(group, wanted, judged.stream().filter(group::holds).toList(), emitted, matching));
    }
    List<GoldPair> misses = wanted.stream().filter(row -> !isFound(row, emitted, matching)).toList();
    List<EmittedPair> extras = judged.stream().filter(pair -> !isRight(pair, wanted, matching)).toList();
    // A trap row gives only the Chinese: a right pair with the same Chinese (大憲章 for Magna Carta, beside a trap
    // for its Latin title) is no trap.
    List<EmittedPair> traps = extras.stream().filter(pair -> gold.stream()
        .anyMatch(row -> row.kind() == GoldKind.NOT && matching.matchesChinese(pair, row))).toList();
    Reliability reliability = Reliability.of(judged, pair -> isRight(pair, wanted, matching));
    return new Evaluation(matching, kinds, misses, extras, traps, thresholds(wanted, judged, emitted, matching),
        reliability);
  }

  /**
   * Recall over the group's gold rows; precision over the group's judged pairs, a pair being right when it matches
   * any wanted row (a quote whose original is in a footnote is right as a sentence too).
   */
  private static KindScore score(KindGroup group, List<GoldPair> wanted, List<EmittedPair> judged,
      List<EmittedPair> emitted, Matching matching) {
    List<GoldPair> gold = wanted.stream().filter(row -> group.holds(row.kind())).toList();
    int found = (int) gold.stream().filter(row -> isFound(row, emitted, matching)).count();
    int right = (int) judged.stream().filter(pair -> isRight(pair, wanted, matching)).count();
    return new KindScore(group, gold.size(), found, judged.size(), right);
  }

  private static List<Threshold> thresholds(List<GoldPair> wanted, List<EmittedPair> judged,
      List<EmittedPair> emitted, Matching matching) {
    List<Threshold> result = new ArrayList<>();
    for (double min : THRESHOLDS) {
      List<EmittedPair> kept = judged.stream().filter(pair -> pair.score() >= min).toList();
      List<EmittedPair> keptAll = emitted.stream().filter(pair -> pair.score() >= min).toList();
      KindScore all = score(KindGroup.ALL, wanted, kept, keptAll, matching);
      result.add(new Threshold(min, kept.size(), all.precision(), all.recall()));
    }
    return result;
  }

  /** Whether one emitted pair is right, wrong, or not judged (a gold row calls it optional). */
  public static Verdict verdict(EmittedPair pair, List<GoldPair> gold, Matching matching) {
    if (isOptional(pair, gold, matching)) {
      return Verdict.UNJUDGED;
    }
    List<GoldPair> wanted = gold.stream().filter(row -> row.kind().isWanted()).toList();
    return isRight(pair, wanted, matching) ? Verdict.RIGHT : Verdict.WRONG;
  }

  /** What the gold says of one emitted pair. */
  public enum Verdict {
    RIGHT,
    WRONG,
    UNJUDGED
  }

  private static boolean isFound(GoldPair row, List<EmittedPair> emitted, Matching matching) {
    return emitted.stream().anyMatch(pair -> matching.matches(pair, row));
  }

  private static boolean isRight(EmittedPair pair, List<GoldPair> wanted, Matching matching) {
    return wanted.stream().anyMatch(row -> matching.matches(pair, row));
  }

  /**
   * A pair a gold row calls optional ("either way is fine") is not judged. Only its English is compared: such rows
   * may give the Chinese in another script than the source's.
   */
  private static boolean isOptional(EmittedPair pair, List<GoldPair> gold, Matching matching) {
    return gold.stream().anyMatch(row -> row.kind() == GoldKind.OPTIONAL && Matching.sameFile(pair, row)
        && row.englishAlternatives().stream().anyMatch(english ->
            Matching.normalise(pair.english(), true).equals(Matching.normalise(english, true))));
  }

  public KindScore kind(KindGroup group) {
    return kinds.stream().filter(score -> score.kind() == group).findFirst().orElseThrow();
  }
}
