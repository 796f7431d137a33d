package org.bitext.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitext.lexicon.Han;

/**
 * The word associations a document pair shows in its own confident beads, after hunalign's realign: the dictionary
 * has little for a classical text's characters, a novel's names or a translator's habits ({@code 曰} "said", {@code
 * 孫子} "Sun Tzŭ"), but once most of the document is aligned the Han characters and the English keys that keep
 * meeting in the same beads say what renders what. A character is associated with a key when they share at least
 * {@link #MIN_BEADS} beads, their Dice coefficient (shared beads twice over the beads of either) reaches
 * {@link #MIN_DICE} and they meet {@link #MIN_LIFT} times as often as chance would have them; each character keeps
 * its {@link #KEYS_PER_CHARACTER} strongest keys.
 */
final class DocumentGlosses {
  static final int MIN_BEADS = 2;
  static final double MIN_DICE = 0.3;
  /**
   * They must share at least this many times the beads chance would give them (the beads of either, times each
   * other, over all beads): a function character ({@code 之}, {@code 的}) and a common English word share many
   * beads, and have a high Dice coefficient, because both are everywhere.
   */
  static final double MIN_LIFT = 3;
  static final int KEYS_PER_CHARACTER = 3;
  /** A bead scoring under this says too little of what renders what (a tenth of the Bible set's beads). */
  static final double CONFIDENT = AlignmentQuality.CONFIDENT;
  /** At most this many character-key pairs are counted (beads evenly spread): 64 MB, and a long book's worth. */
  static final int MOST_PAIRS = 8_000_000;

  private DocumentGlosses() {}

  /**
   * For each Han character of the Chinese side that some key is associated with, those keys (sorted).
   *
   * @param zh the Chinese sentences' texts, as the evidence compared them
   * @param englishKeys each English sentence's key ids, sorted
   * @param beads the first alignment
   */
  static Map<Character, int[]> learn(List<String> zh, int[][] englishKeys, List<Bead> beads) {
    List<Bead> confident = beads.stream().filter(b -> !b.hasEmptySide() && b.score() >= CONFIDENT).toList();
    List<char[]> characters = new ArrayList<>();
    List<int[]> keys = new ArrayList<>();
    long pairs = 0;
    for (Bead bead : confident) {
      char[] c = characters(zh, bead.zhStart(), bead.zhEnd());
      int[] k = keys(englishKeys, bead.enStart(), bead.enEnd());
      characters.add(c);
      keys.add(k);
      pairs += (long) c.length * k.length;
    }
    int step = (int) Math.max(1, (pairs + MOST_PAIRS - 1) / MOST_PAIRS);
    List<char[]> sampledCharacters = new ArrayList<>();
    List<int[]> sampledKeys = new ArrayList<>();
    for (int b = 0; b < characters.size(); b += step) {
      sampledCharacters.add(characters.get(b));
      sampledKeys.add(keys.get(b));
    }
    return associations(sampledCharacters, sampledKeys);
  }

  /** The associations shown by beads whose distinct characters and keys are {@code characters.get(b)}, {@code keys.get(b)}. */
  private static Map<Character, int[]> associations(List<char[]> characters, List<int[]> keys) {
    Map<Character, Integer> characterBeads = new HashMap<>();
    Map<Integer, Integer> keyBeads = new HashMap<>();
    long[] pairs = new long[(int) Math.min(MOST_PAIRS, count(characters, keys))];
    int filled = 0;
    for (int b = 0; b < characters.size(); b++) {
      for (char c : characters.get(b)) {
        characterBeads.merge(c, 1, Integer::sum);
        for (int k : keys.get(b)) {
          if (filled < pairs.length) {
            pairs[filled++] = (long) c << 32 | k;
          }
        }
      }
      for (int k : keys.get(b)) {
        keyBeads.merge(k, 1, Integer::sum);
      }
    }
    Arrays.sort(pairs, 0, filled);
    Map<Character, List<double[]>> strongest = new HashMap<>();
    for (int start = 0; start < filled; ) {
      int end = start;
      while (end < filled && pairs[end] == pairs[start]) {
        end++;
      }
      char c = (char) (pairs[start] >>> 32);
      int k = (int) pairs[start];
      int shared = end - start;
      int either = characterBeads.get(c) + keyBeads.get(k);
      double dice = 2.0 * shared / either;
      double lift = (double) shared * characters.size() / ((double) characterBeads.get(c) * keyBeads.get(k));
      if (shared >= MIN_BEADS && dice >= MIN_DICE && lift >= MIN_LIFT) {
        strongest.computeIfAbsent(c, x -> new ArrayList<>()).add(new double[] {dice, k});
      }
      start = end;
    }
    Map<Character, int[]> associations = new HashMap<>();
    strongest.forEach((c, candidates) -> associations.put(c, candidates.stream()
        // Strongest first, the lower key first among equals: the same input gives the same keys.
        .sorted((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]))
        .limit(KEYS_PER_CHARACTER).mapToInt(x -> (int) x[1]).sorted().toArray()));
    return associations;
  }

  private static long count(List<char[]> characters, List<int[]> keys) {
    long pairs = 0;
    for (int b = 0; b < characters.size(); b++) {
      pairs += (long) characters.get(b).length * keys.get(b).length;
    }
    return pairs;
  }

  /** The distinct Han characters of sentences {@code [from, to)}, sorted. */
  private static char[] characters(List<String> zh, int from, int to) {
    StringBuilder han = new StringBuilder();
    for (int i = from; i < to; i++) {
      String text = zh.get(i);
      for (int c = 0; c < text.length(); c++) {
        if (Han.isHan(text.charAt(c))) {
          han.append(text.charAt(c));
        }
      }
    }
    char[] sorted = han.toString().toCharArray();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int c = 0; c < sorted.length; c++) {
      if (c == 0 || sorted[c] != sorted[c - 1]) {
        sorted[distinct++] = sorted[c];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /** The distinct keys of English sentences {@code [from, to)}, sorted. */
  private static int[] keys(int[][] englishKeys, int from, int to) {
    return Arrays.stream(englishKeys, from, to).flatMapToInt(Arrays::stream).distinct().sorted().toArray();
  }
}
