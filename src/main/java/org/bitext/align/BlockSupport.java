package org.bitext.align;

/**
 * How many lines of a block that corresponds line by line (a lyrics table's two cells) the dictionary supports. A
 * loose rendering of one line is vouched for by the lines around it when enough of them are supported: a third,
 * since verse is rendered freely and CC-CEDICT glosses little of it.
 *
 * @param lines the block's lines
 * @param supported those the dictionary accounts for at least half of, on each side
 */
record BlockSupport(int lines, int supported) {
  static final BlockSupport NONE = new BlockSupport(0, 0);

  boolean vouches() {
    return lines >= 2 && supported >= 1 && 3 * supported >= lines;
  }

  double share() {
    return lines == 0 ? 0 : (double) supported / lines;
  }

  BlockSupport plus(BlockSupport other) {
    return new BlockSupport(lines + other.lines, supported + other.supported);
  }
}
