package org.bitext.docs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The best monotone chain of beads through a corridor of the grid: the sum of the beads' similarities less a cost
 * per unaligned sentence and per merged sentence. Scores are kept for the last few rows only, back pointers for the
 * corridor's cells (a byte each), so memory grows with the corridor, not with the grid.
 */
final class BandedAligner {
  private final List<BeadShape> shapes;
  private final AlignSettings settings;

  BandedAligner(List<BeadShape> shapes, AlignSettings settings) {
    this.shapes = shapes;
    this.settings = settings;
  }

  /**
   * The beads, in order, covering every sentence of both documents once; {@code cells} scores the corridor's cells,
   * {@code beads} the beads chosen. They score alike: the first reads a table filled row by row as the programme
   * goes forward, which the way back would refill row by row, so the second asks for the bead's own pairs only.
   */
  List<Bead> align(Corridor corridor, BeadScorer cells, BeadScorer beads) {
    int rows = corridor.rows();
    int maxZh = shapes.stream().mapToInt(BeadShape::zh).max().orElse(1);
    Fans fans = new Fans(shapes);
    double[][] scores = new double[maxZh + 1][];
    byte[][] back = new byte[rows][];
    for (int i = 0; i < rows; i++) {
      int low = corridor.low(i);
      int width = corridor.high(i) - low + 1;
      double[] row = new double[width];
      byte[] from = new byte[width];
      scores[i % scores.length] = row;
      back[i] = from;
      for (int k = 0; k < width; k++) {
        int j = low + k;
        if (i == 0 && j == 0) {
          continue;
        }
        fans.fill(corridor, i, j, cells);
        double best = Double.NEGATIVE_INFINITY;
        byte bestShape = -1;
        for (int s = 0; s < shapes.size(); s++) {
          BeadShape shape = shapes.get(s);
          int pi = i - shape.zh();
          int pj = j - shape.en();
          if (pj < 0 || !corridor.contains(pi, pj)) {
            continue;
          }
          double previous = scores[pi % scores.length][pj - corridor.low(pi)];
          if (previous == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double total = previous + value(shape, pi, i, pj, j, cells, fans);
          if (total > best) {
            best = total;
            bestShape = (byte) s;
          }
        }
        row[k] = best;
        from[k] = bestShape;
      }
    }
    return backtrack(corridor, back, beads);
  }

  private double value(BeadShape shape, int zhStart, int zhEnd, int enStart, int enEnd, BeadScorer scorer,
      Fans fans) {
    if (shape.isNull()) {
      return -settings.skipCost();
    }
    double merged = shape.zh() + shape.en() - 2;
    return fans.similarity(shape, zhStart, zhEnd, enStart, enEnd, scorer) - settings.mergeCost() * merged
        - settings.paragraphCost() * scorer.paragraphBreaks(zhStart, zhEnd, enStart, enEnd);
  }

  /**
   * The similarities of the beads ending at one cell with a single sentence on a side: the 1-n beads share the
   * Chinese sentence and the English sentences nearest the cell, the n-1 beads the English sentence, so each fan is
   * summed once a cell ({@link BeadScorer#oneToMany}) and long one-sided beads cost a pair each, not a bead each.
   */
  private static final class Fans {
    private final double[] oneToMany;
    private final double[] manyToOne;

    Fans(List<BeadShape> shapes) {
      this.oneToMany = new double[1 + shapes.stream().filter(s -> s.zh() == 1).mapToInt(BeadShape::en).max()
          .orElse(0)];
      this.manyToOne = new double[1 + shapes.stream().filter(s -> s.en() == 1).mapToInt(BeadShape::zh).max()
          .orElse(0)];
    }

    /** Both fans of cell {@code (i, j)}, as far as their beads start inside the corridor. */
    void fill(Corridor corridor, int i, int j, BeadScorer scorer) {
      if (i > 0) {
        int most = Math.min(oneToMany.length - 1, j - corridor.low(i - 1));
        scorer.oneToMany(i - 1, j, most, oneToMany);
      }
      if (j > 0) {
        int most = 0;
        // Earlier rows end earlier: once a row stops short of j - 1, every row before it does too.
        while (most < manyToOne.length - 1 && i - most - 1 >= 0 && corridor.high(i - most - 1) >= j - 1) {
          most++;
        }
        scorer.manyToOne(i, j - 1, most, manyToOne);
      }
    }

    double similarity(BeadShape shape, int zhStart, int zhEnd, int enStart, int enEnd, BeadScorer scorer) {
      if (shape.zh() == 1) {
        return oneToMany[shape.en()];
      }
      if (shape.en() == 1) {
        return manyToOne[shape.zh()];
      }
      return scorer.similarity(zhStart, zhEnd, enStart, enEnd);
    }
  }

  private List<Bead> backtrack(Corridor corridor, byte[][] back, BeadScorer scorer) {
    List<Bead> beads = new ArrayList<>();
    int i = corridor.rows() - 1;
    int j = corridor.high(i);
    while (i > 0 || j > 0) {
      byte s = back[i][j - corridor.low(i)];
      if (s < 0) {
        throw new IllegalStateException("no path through the corridor at " + i + ", " + j);
      }
      BeadShape shape = shapes.get(s);
      int zhStart = i - shape.zh();
      int enStart = j - shape.en();
      double score = shape.isNull() ? 0 : clamp(scorer.similarity(zhStart, i, enStart, j));
      beads.add(new Bead(zhStart, i, enStart, j, score));
      i = zhStart;
      j = enStart;
    }
    Collections.reverse(beads);
    return beads;
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  /** The grid nodes a chain of beads passes through, every row and column included. */
  static List<int[]> nodes(List<Bead> beads) {
    List<int[]> nodes = new ArrayList<>();
    nodes.add(new int[] {0, 0});
    for (Bead bead : beads) {
      for (int i = bead.zhStart() + 1; i <= bead.zhEnd(); i++) {
        nodes.add(new int[] {i, bead.enStart()});
      }
      for (int j = bead.enStart() + 1; j <= bead.enEnd(); j++) {
        nodes.add(new int[] {bead.zhEnd(), j});
      }
    }
    return nodes;
  }
}
