package org.bitext.docs;

/**
 * Chinese sentences {@code [zhStart, zhEnd)} rendered by English sentences {@code [enStart, enEnd)}, 0-based; one
 * side may be empty (an unaligned sentence).
 *
 * @param score the confidence that the two sides translate each other, in [0, 1]; 0 for a bead with an empty side
 */
public record Bead(int zhStart, int zhEnd, int enStart, int enEnd, double score) {
  public Bead {
    if (zhStart < 0 || enStart < 0 || zhEnd < zhStart || enEnd < enStart || zhEnd + enEnd == zhStart + enStart) {
      throw new IllegalArgumentException(
          "not a bead: [" + zhStart + ", " + zhEnd + ") : [" + enStart + ", " + enEnd + ")");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }

  public int zhCount() {
    return zhEnd - zhStart;
  }

  public int enCount() {
    return enEnd - enStart;
  }

  public boolean hasEmptySide() {
    return zhCount() == 0 || enCount() == 0;
  }

  /** {@code 1-2}: the number of Chinese, then English sentences. */
  public String shape() {
    return zhCount() + "-" + enCount();
  }
}
