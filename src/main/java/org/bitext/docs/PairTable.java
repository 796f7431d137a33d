package org.bitext.docs;

/**
 * The overlaps of the sentence pairs the dynamic programme is about to need, computed once each, when first asked:
 * a ring of rows, one per Chinese sentence, each over the English sentences its beads can reach within the
 * corridor. Memory stays at a few rows however long the documents are.
 */
final class PairTable implements PairOverlaps {
  private final Similarity.Evidence evidence;
  private final Corridor corridor;
  private final int maxZh;
  private final int maxEn;
  private final int enCount;
  private final int[] rowOf;
  private final int[] rowStart;
  private final double[][] zhOverlap;
  private final double[][] enOverlap;

  PairTable(Similarity.Evidence evidence, Corridor corridor, int maxZh, int maxEn, int enCount) {
    this.evidence = evidence;
    this.corridor = corridor;
    this.maxZh = maxZh;
    this.maxEn = maxEn;
    this.enCount = enCount;
    int ring = maxZh + 1;
    this.rowOf = new int[ring];
    java.util.Arrays.fill(rowOf, -1);
    this.rowStart = new int[ring];
    this.zhOverlap = new double[ring][];
    this.enOverlap = new double[ring][];
  }

  @Override
  public double zh(int zh, int en) {
    int slot = slot(zh);
    int k = en - rowStart[slot];
    if (k < 0 || k >= zhOverlap[slot].length) {
      return evidence.overlap(zh, en).zh();
    }
    computeIfUnknown(slot, zh, k);
    return zhOverlap[slot][k];
  }

  @Override
  public double en(int zh, int en) {
    int slot = slot(zh);
    int k = en - rowStart[slot];
    if (k < 0 || k >= enOverlap[slot].length) {
      return evidence.overlap(zh, en).en();
    }
    computeIfUnknown(slot, zh, k);
    return enOverlap[slot][k];
  }

  private void computeIfUnknown(int slot, int zh, int k) {
    if (Double.isNaN(zhOverlap[slot][k])) {
      Similarity.Overlap overlap = evidence.overlap(zh, rowStart[slot] + k);
      zhOverlap[slot][k] = overlap.zh();
      enOverlap[slot][k] = overlap.en();
    }
  }

  private int slot(int zh) {
    int slot = zh % rowOf.length;
    if (rowOf[slot] != zh) {
      fill(slot, zh);
    }
    return slot;
  }

  private void fill(int slot, int zh) {
    int from = Math.max(0, corridor.low(zh) - maxEn);
    int to = Math.min(enCount, corridor.high(Math.min(corridor.rows() - 1, zh + maxZh)));
    int width = Math.max(0, to - from);
    double[] zhRow = new double[width];
    double[] enRow = new double[width];
    // Computed when first asked: the long one-sided beads widen the reach of a row, but few of its pairs are asked.
    java.util.Arrays.fill(zhRow, Double.NaN);
    rowOf[slot] = zh;
    rowStart[slot] = from;
    zhOverlap[slot] = zhRow;
    enOverlap[slot] = enRow;
  }
}
