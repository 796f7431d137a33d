package org.bitext.align;

/**
 * How many lines of a block that corresponds line by line (a lyrics table's two cells) the dictionary supports, and
 * whether it confirms their order. A loose rendering of one line is vouched for by the lines around it when enough
 * of them are supported (a third, since verse is rendered freely and CC-CEDICT glosses little of it), or when the
 * little it knows falls on the lines in order rather than shifted ({@link LineOrder}).
 *
 * @param lines the block's lines
 * @param supported those the dictionary accounts for at least half of, on each side
 * @param inOrder whether the dictionary confirms that the lines correspond in order
 */
public record BlockSupport(int lines, int supported, boolean inOrder) {
  public static final BlockSupport NONE = new BlockSupport(0, 0, false);

  boolean vouches() {
    return inOrder || lines >= 2 && supported >= 1 && 3 * supported >= lines;
  }

  double share() {
    return lines == 0 ? 0 : (double) supported / lines;
  }
}
