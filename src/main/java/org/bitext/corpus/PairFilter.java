package org.bitext.corpus;

import java.util.Optional;
import org.bitext.align.Pair;

/**
 * Which pairs are written: a minimum score, lengths of each side in characters, and the ratio of English to Chinese
 * characters (about 3 for real pairs).
 *
 * @param minScore pairs scoring below this are left out
 * @param minLength each side has at least this many characters
 * @param maxLength each side has at most this many characters
 * @param minRatio English characters per Chinese character, at least
 * @param maxRatio English characters per Chinese character, at most
 */
public record PairFilter(double minScore, int minLength, int maxLength, double minRatio, double maxRatio) {
  public PairFilter {
    if (minScore < 0 || minScore > 1 || minLength < 0 || maxLength < minLength || minRatio < 0
        || maxRatio < minRatio) {
      throw new IllegalArgumentException("inconsistent filter: " + this);
    }
  }

  /** Only a minimum score. */
  public static PairFilter minScore(double minScore) {
    return new PairFilter(minScore, 0, Integer.MAX_VALUE, 0, Double.MAX_VALUE);
  }

  public boolean accepts(Pair pair) {
    return rejection(pair).isEmpty();
  }

  /** The first rule, in the order of {@link FilterRule}, that leaves the pair out; empty when it is written. */
  public Optional<FilterRule> rejection(Pair pair) {
    int english = pair.english().length();
    int chinese = pair.chinese().length();
    double ratio = (double) english / Math.max(1, chinese);
    if (pair.score() < minScore) {
      return Optional.of(FilterRule.MIN_SCORE);
    } else if (Math.min(english, chinese) < minLength) {
      return Optional.of(FilterRule.MIN_LENGTH);
    } else if (Math.max(english, chinese) > maxLength) {
      return Optional.of(FilterRule.MAX_LENGTH);
    } else if (ratio < minRatio) {
      return Optional.of(FilterRule.MIN_RATIO);
    } else if (ratio > maxRatio) {
      return Optional.of(FilterRule.MAX_RATIO);
    }
    return Optional.empty();
  }
}
