package org.bitext.eval;

/**
 * Precision and recall for one kind of pair.
 *
 * @param kind the pairs scored
 * @param gold gold pairs of this kind
 * @param found gold pairs of this kind that were emitted (as any kind)
 * @param emitted pairs emitted as this kind, not counting those a gold row calls optional
 * @param right emitted pairs of this kind that match a gold pair
 */
public record KindScore(KindGroup kind, int gold, int found, int emitted, int right) {
  public double precision() {
    return emitted == 0 ? 1 : (double) right / emitted;
  }

  public double recall() {
    return gold == 0 ? 1 : (double) found / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
