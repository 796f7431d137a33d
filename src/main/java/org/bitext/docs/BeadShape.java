package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * How many Chinese and English sentences a bead holds: 1-1, 2-1 (two Chinese sentences render one English), 1-0
 * (a Chinese sentence left unaligned).
 */
public record BeadShape(int zh, int en) {
  /** The most sentences one side of a bead holds. */
  public static final int MAX_SIDE = 5;
  /** The most sentences a bead holds in all, as in Bertalign's merged beads (1-5, 2-4, 3-3, ...). */
  public static final int MAX_TOTAL = 6;
  /**
   * The most sentences the other side of a bead with one sentence on a side holds: a terse classical sentence of
   * many clauses is often rendered by six to a dozen English ones, a catalogue by more (Giles renders one sentence of
   * Sun Tzŭ's in 29), and a long English sentence by many short Chinese ones. The beads of one cell with one sentence
   * on a side are summed together along one row or column of pairs, so they cost a pair each, not a bead each; beads
   * with several sentences on both sides stay within {@link #MAX_SIDE} and {@link #MAX_TOTAL}.
   */
  public static final int MAX_ONE_SIDED = 30;

  public BeadShape {
    int longest = Math.max(zh, en);
    int shortest = Math.min(zh, en);
    if (shortest < 0 || longest == 0 || longest > (shortest <= 1 ? MAX_ONE_SIDED : MAX_SIDE)) {
      throw new IllegalArgumentException("no such bead shape: " + zh + "-" + en);
    }
  }

  public boolean isNull() {
    return zh == 0 || en == 0;
  }

  /** {@code 1-2}: Chinese count first, as in the ladder. */
  public String label() {
    return zh + "-" + en;
  }

  /**
   * The shapes that find the path: one-to-one and the null beads, which can make up any bead (a 2-1 is a 1-1 and a
   * 1-0) closely enough to place the narrow band of the second pass, at a third of the cost of merged shapes.
   */
  static List<BeadShape> coarse() {
    return List.of(new BeadShape(1, 1), new BeadShape(1, 0), new BeadShape(0, 1));
  }

  /**
   * The shapes of the block pass: the coarse ones and a block against two, so that a stretch where one side runs
   * ahead by half a block is followed without leaving blocks out.
   */
  static List<BeadShape> blocks() {
    return List.of(new BeadShape(1, 1), new BeadShape(1, 0), new BeadShape(0, 1), new BeadShape(2, 1),
        new BeadShape(1, 2));
  }

  /**
   * Every shape with up to {@link #MAX_SIDE} sentences a side and {@link #MAX_TOTAL} in all, the one-sided ones up
   * to {@link #MAX_ONE_SIDED} (1-6 … 1-30, 6-1 … 30-1), and the null beads.
   */
  static List<BeadShape> all() {
    List<BeadShape> shapes = new ArrayList<>(List.of(new BeadShape(1, 0), new BeadShape(0, 1)));
    for (int zh = 1; zh <= MAX_SIDE; zh++) {
      for (int en = 1; en <= MAX_SIDE && zh + en <= MAX_TOTAL; en++) {
        shapes.add(new BeadShape(zh, en));
      }
    }
    for (int many = MAX_TOTAL; many <= MAX_ONE_SIDED; many++) {
      shapes.add(new BeadShape(1, many));
      shapes.add(new BeadShape(many, 1));
    }
    return List.copyOf(shapes);
  }
}
