package org.bitext.lexicon;

import java.util.Locale;

/**
 * Whether an English name sounds like some run of Chinese characters read in pinyin: Tibilov and 季比洛夫
 * (ji bi luo fu), Medoyev and 梅多耶夫. Names are transliterated, not translated, so a dictionary misses them.
 */
public final class Transliteration {
  /** Similarity (1 − normalised edit distance) from which a name counts as transliterated. */
  static final double THRESHOLD = 0.5;
  private static final int LONGEST_NAME = 6;

  private final Lexicon lexicon;

  public Transliteration(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public boolean matches(String englishName, String chinese) {
    String name = englishName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (name.length() < 3) {
      return false;
    }
    int[] chars = chinese.codePoints().toArray();
    for (int start = 0; start < chars.length; start++) {
      StringBuilder reading = new StringBuilder();
      for (int end = start; end < chars.length && end - start < LONGEST_NAME; end++) {
        String syllable = lexicon.pinyin(chars[end]);
        if (syllable.isEmpty()) {
          break;
        }
        reading.append(syllable);
        if (reading.length() * 2 >= name.length() && similarity(name, reading) >= THRESHOLD) {
          return true;
        }
        if (reading.length() > name.length() * 2) {
          break;
        }
      }
    }
    return false;
  }

  static double similarity(CharSequence a, CharSequence b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
  }
}
