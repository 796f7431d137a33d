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
 *
 * <p>The same beads also say which of the dictionary's senses the translator does not use ({@link Meetings}): a
 * character and a key that meet in them no more often than chance would have them, though chance alone would have
 * them meet at least {@link #CHANCE_MEETINGS} times, are not each other's rendering here, whatever CC-CEDICT says
 * ({@code 以} glossed "to use; according to; in order to; because of; time; place", {@code 得} "to obtain; to get;
 * best"), and only add noise to every pair of sentences near each other.
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
  /**
   * A character and a key are tested against chance only when chance alone would have them share this many beads:
   * below it, never meeting says nothing.
   */
  static final double CHANCE_MEETINGS = 2;

  private DocumentGlosses() {}

  /**
   * What the beads teach: the keys associated with each Han character, and the character-key meetings to test
   * the dictionary's glosses against.
   *
   * @param associations for each Han character of the Chinese side that some key is associated with, those keys
   *     (sorted)
   */
  record Learned(Map<Character, int[]> associations, Meetings meetings) {}

  /**
   * How often characters and keys met in the beads learned from: enough to tell whether a character and a key meet
   * by chance.
   *
   * @param pairs the pairs {@code character << 32 | key} that met and that chance would have meet at least
   *     {@link #CHANCE_MEETINGS} times, sorted
   * @param shared how many beads each of {@code pairs} shares
   * @param characterBeads the beads each character (by its code) stands in
   * @param keyBeads the beads each key stands in (keys past the end stand in none)
   * @param beads the beads counted
   */
  record Meetings(long[] pairs, int[] shared, int[] characterBeads, int[] keyBeads, int beads) {
    /**
     * Whether {@code character} and {@code key} met no more often than chance would have them, chance having them
     * meet at least {@link #CHANCE_MEETINGS} times.
     */
    boolean byChance(char character, int key) {
      double expected = expected(character, key);
      if (expected < CHANCE_MEETINGS) {
        return false;
      }
      int k = Arrays.binarySearch(pairs, (long) character << 32 | key);
      return (k >= 0 ? shared[k] : 0) <= expected;
    }

    private double expected(char character, int key) {
      int withKey = key < keyBeads.length ? keyBeads[key] : 0;
      return beads == 0 ? 0 : (double) characterBeads[character] * withKey / beads;
    }
  }

  /**
   * What the beads of a first alignment teach.
   *
   * @param zh the Chinese sentences' texts, as the evidence compared them
   * @param englishKeys each English sentence's key ids, sorted
   * @param beads the first alignment
   */
  static Learned learn(List<String> zh, int[][] englishKeys, List<Bead> beads) {
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
  private static Learned associations(List<char[]> characters, List<int[]> keys) {
    Map<Character, Integer> characterBeads = new HashMap<>();
    Map<Integer, Integer> keyBeads = new HashMap<>();
    int[] characterCounts = new int[Character.MAX_VALUE + 1];
    long[] pairs = new long[(int) Math.min(MOST_PAIRS, count(characters, keys))];
    int filled = 0;
    for (int b = 0; b < characters.size(); b++) {
      for (char c : characters.get(b)) {
        characterBeads.merge(c, 1, Integer::sum);
        characterCounts[c]++;
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
    int[] keyCounts = new int[keyBeads.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
    keyBeads.forEach((k, n) -> keyCounts[k] = n);
    Map<Character, List<double[]>> strongest = new HashMap<>();
    // The pairs worth a test against chance are gathered at the array's front as they are passed.
    int[] shares = new int[filled];
    int tested = 0;
    for (int start = 0; start < filled; ) {
      int end = start;
      while (end < filled && pairs[end] == pairs[start]) {
        end++;
      }
      char c = (char) (pairs[start] >>> 32);
      int k = (int) pairs[start];
      int shared = end - start;
      if ((double) characterCounts[c] * keyCounts[k] / characters.size() >= CHANCE_MEETINGS) {
        shares[tested] = shared;
        pairs[tested++] = pairs[start];
      }
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
    return new Learned(associations, new Meetings(Arrays.copyOf(pairs, tested), Arrays.copyOf(shares, tested),
        characterCounts, keyCounts, characters.size()));
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
