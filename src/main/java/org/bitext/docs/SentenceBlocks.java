package org.bitext.docs;

import java.util.List;

/**
 * Both documents cut into the same number of blocks of consecutive sentences, for the coarsest pass: block {@code b}
 * of a side holds its sentences {@code [starts[b], starts[b + 1])}. The blocks split each side evenly, so the length
 * diagonal of the blocks runs close to one-to-one and a block of one side is about one block of the other.
 *
 * @param zhStarts the first Chinese sentence of each block, and the Chinese sentence count last
 * @param enStarts the same for the English
 */
record SentenceBlocks(int[] zhStarts, int[] enStarts) {
  /** Blocks of about {@code size} sentences on the shorter side, each side holding at least one sentence a block. */
  static SentenceBlocks of(int zhCount, int enCount, int size) {
    int blocks = Math.max(1, (Math.min(zhCount, enCount) + size - 1) / size);
    return new SentenceBlocks(starts(zhCount, blocks), starts(enCount, blocks));
  }

  private static int[] starts(int count, int blocks) {
    int[] starts = new int[blocks + 1];
    for (int b = 0; b <= blocks; b++) {
      starts[b] = (int) ((long) b * count / blocks);
    }
    return starts;
  }

  int count() {
    return zhStarts.length - 1;
  }

  /** The blocks' lengths (their sentences' summed) and paragraphs (their first sentence's), at the same ratio. */
  DocumentShape shape(DocumentShape sentences) {
    return new DocumentShape(sum(sentences.zhLengths(), zhStarts), sum(sentences.enLengths(), enStarts),
        sentences.ratio(), first(sentences.zhParagraphs(), zhStarts), first(sentences.enParagraphs(), enStarts));
  }

  private static int[] sum(int[] values, int[] starts) {
    int[] sums = new int[starts.length - 1];
    for (int b = 0; b < sums.length; b++) {
      for (int k = starts[b]; k < starts[b + 1]; k++) {
        sums[b] += values[k];
      }
    }
    return sums;
  }

  private static int[] first(int[] values, int[] starts) {
    int[] firsts = new int[starts.length - 1];
    for (int b = 0; b < firsts.length; b++) {
      firsts[b] = values[starts[b]];
    }
    return firsts;
  }

  /** Beads over blocks as beads over the sentences they hold. */
  List<Bead> project(List<Bead> blockBeads) {
    return blockBeads.stream().map(bead -> new Bead(zhStarts[bead.zhStart()], zhStarts[bead.zhEnd()],
        enStarts[bead.enStart()], enStarts[bead.enEnd()], bead.score())).toList();
  }
}
