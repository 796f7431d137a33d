package org.bitext.eval;

/**
 * Precision, recall and F1 of output beads against gold beads.
 *
 * @param matchedOutput output beads that count as right
 * @param output output beads scored
 * @param matchedGold gold beads that the output finds
 * @param gold gold beads scored
 */
public record AlignmentScore(int matchedOutput, int output, int matchedGold, int gold) {
  public double precision() {
    return output == 0 ? 0 : (double) matchedOutput / output;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
