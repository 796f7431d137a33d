package org.bitext.docs;

import java.util.List;

/**
 * The cells of the alignment grid the dynamic programme visits: for each count {@code i} of Chinese sentences
 * consumed, the counts of English sentences from {@code low(i)} to {@code high(i)}, both inclusive. Both bounds
 * grow with {@code i} and consecutive rows overlap, so the corner {@code (n, m)} is always reachable.
 */
final class Corridor {
  private final int[] low;
  private final int[] high;
  private final int english;

  private Corridor(int[] low, int[] high, int english) {
    this.low = low;
    this.high = high;
    this.english = english;
    makeMonotoneAndConnected();
  }

  /**
   * A band of {@code halfWidth} sentences either side of the length diagonal: the English position whose share of
   * the English characters equals the share of Chinese characters consumed. Translations keep close to it.
   */
  static Corridor lengthDiagonal(int[] zhLengths, int[] enLengths, int halfWidth) {
    int n = zhLengths.length;
    int m = enLengths.length;
    double zhTotal = Math.max(1, sum(zhLengths));
    double enTotal = Math.max(1, sum(enLengths));
    int[] low = new int[n + 1];
    int[] high = new int[n + 1];
    long zhSoFar = 0;
    long enSoFar = 0;
    int j = 0;
    for (int i = 0; i <= n; i++) {
      double target = zhSoFar / zhTotal * enTotal;
      while (j < m && enSoFar + enLengths[j] / 2.0 < target) {
        enSoFar += enLengths[j++];
      }
      int centre = i == n ? m : j;
      low[i] = Math.max(0, centre - halfWidth);
      high[i] = Math.min(m, centre + halfWidth);
      if (i < n) {
        zhSoFar += zhLengths[i];
      }
    }
    return new Corridor(low, high, m);
  }

  /** The cells within {@code halfWidth} rows and columns of a path's nodes. */
  static Corridor around(List<int[]> path, int zhCount, int enCount, int halfWidth) {
    int[] pathLow = new int[zhCount + 1];
    int[] pathHigh = new int[zhCount + 1];
    java.util.Arrays.fill(pathLow, Integer.MAX_VALUE);
    java.util.Arrays.fill(pathHigh, Integer.MIN_VALUE);
    for (int[] node : path) {
      pathLow[node[0]] = Math.min(pathLow[node[0]], node[1]);
      pathHigh[node[0]] = Math.max(pathHigh[node[0]], node[1]);
    }
    int[] low = new int[zhCount + 1];
    int[] high = new int[zhCount + 1];
    for (int i = 0; i <= zhCount; i++) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int r = Math.max(0, i - halfWidth); r <= Math.min(zhCount, i + halfWidth); r++) {
        lo = Math.min(lo, pathLow[r]);
        hi = Math.max(hi, pathHigh[r]);
      }
      low[i] = Math.max(0, lo - halfWidth);
      high[i] = Math.min(enCount, hi + halfWidth);
    }
    return new Corridor(low, high, enCount);
  }

  private void makeMonotoneAndConnected() {
    int n = low.length - 1;
    low[0] = 0;
    high[n] = english;
    for (int i = 1; i <= n; i++) {
      high[i] = Math.max(high[i], high[i - 1]);
    }
    for (int i = n - 1; i >= 0; i--) {
      low[i] = Math.min(low[i], low[i + 1]);
    }
    for (int i = 1; i <= n; i++) {
      // A row must start no later than the previous one ends, or no bead crosses between them.
      low[i] = Math.min(low[i], high[i - 1]);
    }
  }

  int rows() {
    return low.length;
  }

  int low(int i) {
    return low[i];
  }

  int high(int i) {
    return high[i];
  }

  boolean contains(int i, int j) {
    return i >= 0 && i < low.length && j >= low[i] && j <= high[i];
  }

  long cells() {
    long cells = 0;
    for (int i = 0; i < low.length; i++) {
      cells += high[i] - low[i] + 1;
    }
    return cells;
  }

  private static long sum(int[] values) {
    long total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
