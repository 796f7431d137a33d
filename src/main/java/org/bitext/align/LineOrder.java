package org.bitext.align;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Whether the dictionary confirms that two blocks correspond line by line in order, even where it covers little of
 * each line: their lines taken in order share more of it than the same lines shifted against each other do. A
 * freely rendered lyric (揚神威，張天網 for O Lord, our God, arise) is supported on a line or two, and on none
 * when shifted; two texts that merely stand side by side, or whose lines are in another order, are not.
 */
final class LineOrder {
  /** Fewer lines leave too few shifts to compare against. */
  private static final int FEWEST_LINES = 3;
  /** A block longer than this is no list of entries; each shift compared costs a fit per line. */
  private static final int MOST_LINES = 1000;
  /** Shifts compared, spread evenly: enough to tell order from chance, few enough to keep a long table cheap. */
  private static final int MOST_SHIFTS = 24;
  /**
   * The small shifts either way, always compared: a column a row or two out of step with its neighbour (a header
   * counted on one side only) is the likeliest wrong order.
   */
  private static final int NEAREST_SHIFTS = 4;

  private LineOrder() {}

  /**
   * @param fit how much of two lines the dictionary accounts for, 0 for nothing
   * @return whether the lines in order fit better than under every cyclic shift compared (all of them for up to
   *     25 lines; else the four nearest either way and 24 spread evenly), and fit at all
   */
  static boolean confirmed(List<String> chinese, List<String> english, ToDoubleBiFunction<String, String> fit) {
    int lines = chinese.size();
    if (lines != english.size() || lines < FEWEST_LINES || lines > MOST_LINES) {
      return false;
    }
    double inOrder = shifted(chinese, english, 0, fit);
    if (inOrder <= 0) {
      return false;
    }
    for (int shift : shiftsCompared(lines)) {
      if (shifted(chinese, english, shift, fit) >= inOrder) {
        return false;
      }
    }
    return true;
  }

  private static SortedSet<Integer> shiftsCompared(int lines) {
    SortedSet<Integer> shifts = new TreeSet<>();
    int spread = Math.min(lines - 1, MOST_SHIFTS);
    for (int k = 1; k <= spread; k++) {
      shifts.add((int) ((long) k * (lines - 1) / spread));
    }
    for (int k = 1; k <= Math.min(NEAREST_SHIFTS, lines - 1); k++) {
      shifts.add(k);
      shifts.add(lines - k);
    }
    return shifts;
  }

  private static double shifted(List<String> chinese, List<String> english, int shift,
      ToDoubleBiFunction<String, String> fit) {
    double sum = 0;
    for (int i = 0; i < chinese.size(); i++) {
      sum += fit.applyAsDouble(chinese.get(i), english.get((i + shift) % english.size()));
    }
    return sum;
  }
}
