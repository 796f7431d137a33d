package org.bitext.lexicon;

import java.util.Locale;

/**
 * Whether an English name sounds like some run of Chinese characters read in pinyin: Tibilov and 季比洛夫
 * (ji bi luo fu), Medoyev and 梅多耶夫. Names are transliterated, not translated, so a dictionary misses them.
 */
public final class Transliteration {
  /** Similarity (1 − normalised edit distance) from which a name counts as transliterated. */
  static final double THRESHOLD = 0.5;
  /** The same for consonant skeletons, which are shorter and so need to agree more. */
  static final double SKELETON_THRESHOLD = 0.7;
  private static final int LONGEST_NAME = 6;

  private final Lexicon lexicon;

  public Transliteration(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public boolean matches(String englishName, String chinese) {
    return match(englishName, chinese).length > 0;
  }

  /**
   * The char range {@code [start, end)} of the first run of {@code chinese} that transliterates the name, or an
   * empty array.
   */
  public int[] match(String englishName, String chinese) {
    String name = englishName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (name.length() < 3) {
      return new int[0];
    }
    String skeleton = Skeleton.ofEnglish(name);
    for (int start = 0; start < chinese.length(); start = chinese.offsetByCodePoints(start, 1)) {
      StringBuilder reading = new StringBuilder();
      int syllables = 0;
      for (int end = start; end < chinese.length() && syllables < LONGEST_NAME; syllables++) {
        int codePoint = chinese.codePointAt(end);
        String syllable = lexicon.pinyin(codePoint);
        if (syllable.isEmpty()) {
          break;
        }
        reading.append(syllable);
        end += Character.charCount(codePoint);
        if (reading.length() * 2 >= name.length() && sounds(name, skeleton, reading.toString())) {
          return new int[] {start, end};
        }
        if (reading.length() > name.length() * 2) {
          break;
        }
      }
    }
    return new int[0];
  }

  /** Whether the name, or its consonant skeleton, is close enough to the pinyin reading or its skeleton. */
  private static boolean sounds(String name, String skeleton, String pinyin) {
    if (similarity(name, pinyin) >= THRESHOLD) {
      return true;
    }
    return skeleton.length() >= 2 && similarity(skeleton, Skeleton.ofPinyin(pinyin)) >= SKELETON_THRESHOLD;
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
