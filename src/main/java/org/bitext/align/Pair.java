package org.bitext.align;

/** A Chinese rendering and the English original it translates, with its confidence and provenance. */
public record Pair(String chinese, String english, PairKind kind, double score, Provenance provenance) {
  public Pair {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }
}
