package org.bitext.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The characters of a Chinese sentence, or of a block of sentences, that each key accounts for, as bit masks over
 * the text (one bit a character): a gloss key the Han characters of the dictionary words glossed with it, a verbatim
 * token's keys the token's first character.
 */
sealed interface ChineseMasks permits ChineseMasks.Dense, ChineseMasks.Sparse {
  /** The characters a rendering can account for: the Han characters, and one for each verbatim token. */
  int mass();

  /** The masks' length in longs: one bit a character. */
  int words();

  /** The characters the keys among {@code englishKeys} account for, and the keys' summed weight. */
  Similarity.Overlap overlap(int[] englishKeys, double[] weights);

  /** Every word of the masks with a bit set, key by key in order. */
  void forEachEntry(EntryConsumer consumer);

  @FunctionalInterface
  interface EntryConsumer {
    void accept(int key, int word, long bits);
  }

  /**
   * A sentence's masks in full: key {@code k}'s mask is {@code words} longs from {@code k * words}. A sentence is a
   * word or two long, so every word is kept.
   *
   * @param keys the gloss keys, sorted
   */
  record Dense(int[] keys, long[] masks, int words, int mass) implements ChineseMasks {
    static Dense of(Map<Integer, long[]> masks, int words, int mass) {
      int[] keys = masks.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      long[] flat = new long[keys.length * words];
      for (int k = 0; k < keys.length; k++) {
        System.arraycopy(masks.get(keys[k]), 0, flat, k * words, words);
      }
      return new Dense(keys, flat, words, mass);
    }

    @Override
    public Similarity.Overlap overlap(int[] englishKeys, double[] weights) {
      long[] covered = new long[words];
      double english = 0;
      for (int key : englishKeys) {
        int k = Arrays.binarySearch(keys, key);
        if (k >= 0) {
          english += weights[key];
          for (int w = 0; w < words; w++) {
            covered[w] |= masks[k * words + w];
          }
        }
      }
      return overlapOf(covered, english);
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) {
      for (int k = 0; k < keys.length; k++) {
        for (int w = 0; w < words; w++) {
          if (masks[k * words + w] != 0) {
            consumer.accept(keys[k], w, masks[k * words + w]);
          }
        }
      }
    }
  }

  /**
   * A block's masks, only the words with a bit set: a key of a block of ten sentences is glossed in one or two of
   * them, so the full masks would cost the block's keys times its length.
   *
   * @param keys the gloss keys, sorted
   * @param firstEntry key {@code k}'s entries are {@code [firstEntry[k], firstEntry[k + 1])}
   * @param entryWord an entry's word of the mask, from 0
   * @param entryBits an entry's bits
   */
  record Sparse(int[] keys, int[] firstEntry, int[] entryWord, long[] entryBits, int words, int mass)
      implements ChineseMasks {
    /**
     * The sentences as one: each member's masks laid after the previous member's, word-aligned, so a bit still
     * stands for one Han character and a block's coverage counts the characters its sentences' would.
     */
    static Sparse concatenate(List<ChineseMasks> members) {
      Map<Integer, List<long[]>> entries = new HashMap<>();
      int words = 0;
      int mass = 0;
      for (ChineseMasks member : members) {
        int offset = words;
        member.forEachEntry((key, word, bits) ->
            entries.computeIfAbsent(key, k -> new ArrayList<>()).add(new long[] {offset + word, bits}));
        words += member.words();
        mass += member.mass();
      }
      int[] keys = entries.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      int[] firstEntry = new int[keys.length + 1];
      for (int k = 0; k < keys.length; k++) {
        firstEntry[k + 1] = firstEntry[k] + entries.get(keys[k]).size();
      }
      int[] entryWord = new int[firstEntry[keys.length]];
      long[] entryBits = new long[entryWord.length];
      for (int k = 0; k < keys.length; k++) {
        int e = firstEntry[k];
        for (long[] entry : entries.get(keys[k])) {
          entryWord[e] = (int) entry[0];
          entryBits[e++] = entry[1];
        }
      }
      return new Sparse(keys, firstEntry, entryWord, entryBits, words, mass);
    }

    @Override
    public Similarity.Overlap overlap(int[] englishKeys, double[] weights) {
      long[] covered = new long[words];
      double english = 0;
      for (int key : englishKeys) {
        int k = Arrays.binarySearch(keys, key);
        if (k >= 0) {
          english += weights[key];
          for (int e = firstEntry[k]; e < firstEntry[k + 1]; e++) {
            covered[entryWord[e]] |= entryBits[e];
          }
        }
      }
      return overlapOf(covered, english);
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) {
      for (int k = 0; k < keys.length; k++) {
        for (int e = firstEntry[k]; e < firstEntry[k + 1]; e++) {
          consumer.accept(keys[k], entryWord[e], entryBits[e]);
        }
      }
    }
  }

  private static Similarity.Overlap overlapOf(long[] covered, double english) {
    int chinese = 0;
    // A loop, not a stream: this runs for every pair of the corridor, where a stream's set-up costs more than its sum.
    for (long word : covered) {
      chinese += Long.bitCount(word);
    }
    return english == 0 && chinese == 0 ? Similarity.Overlap.NONE : new Similarity.Overlap(chinese, english);
  }
}
