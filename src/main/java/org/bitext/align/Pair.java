package org.bitext.align;

import java.util.Objects;

/**
 * A Chinese rendering and the English original it translates, with its confidence, provenance and the segments
 * around it.
 */
public record Pair(String chinese, String english, PairKind kind, double score, Provenance provenance,
    Context context) {
  public Pair {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    Objects.requireNonNull(context, "context");
  }

  /** A pair whose surrounding segments are not known. */
  public Pair(String chinese, String english, PairKind kind, double score, Provenance provenance) {
    this(chinese, english, kind, score, provenance, Context.NONE);
  }
}
