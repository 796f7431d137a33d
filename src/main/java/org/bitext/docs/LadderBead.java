package org.bitext.docs;

import java.util.List;

/** One line of a ladder file: the Chinese and the English sentence indices of a bead, 0-based, in order. */
public record LadderBead(List<Integer> zh, List<Integer> en) {
  public LadderBead {
    zh = List.copyOf(zh);
    en = List.copyOf(en);
  }

  public boolean hasEmptySide() {
    return zh.isEmpty() || en.isEmpty();
  }

  /** {@code 2-1}: Chinese count first. */
  public String shape() {
    return zh.size() + "-" + en.size();
  }

  static LadderBead of(Bead bead) {
    return new LadderBead(range(bead.zhStart(), bead.zhEnd()), range(bead.enStart(), bead.enEnd()));
  }

  private static List<Integer> range(int start, int end) {
    return java.util.stream.IntStream.range(start, end).boxed().toList();
  }
}
