package org.bitext.eval;

import java.util.List;
import java.util.Locale;

/**
 * When an emitted pair counts as a gold pair. Strict: both sides equal after trimming edge punctuation and white
 * space, English case-folded. Lax: on each side one contains the other (a boundary that is a little off).
 */
public enum Matching {
  STRICT,
  LAX;

  boolean matches(EmittedPair emitted, GoldPair gold) {
    return sameFile(emitted, gold) && side(emitted.chinese(), gold.chineseAlternatives(), false)
        && side(emitted.english(), gold.englishAlternatives(), true);
  }

  /** For a trap only the Chinese is given. */
  boolean matchesChinese(EmittedPair emitted, GoldPair gold) {
    return sameFile(emitted, gold) && side(emitted.chinese(), gold.chineseAlternatives(), false);
  }

  private boolean side(String emitted, List<String> alternatives, boolean english) {
    return alternatives.stream().anyMatch(gold -> side(emitted, gold, english));
  }

  private boolean side(String emitted, String gold, boolean english) {
    String a = normalise(emitted, english);
    String b = normalise(gold, english);
    if (this == STRICT) {
      return a.equals(b);
    }
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }

  static boolean sameFile(EmittedPair emitted, GoldPair gold) {
    return stem(emitted.file()).equals(stem(gold.file()));
  }

  static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  static String normalise(String text, boolean english) {
    int start = 0;
    int end = text.length();
    while (start < end && isEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(text.charAt(end - 1))) {
      end--;
    }
    String trimmed = text.substring(start, end);
    return english ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
  }

  private static boolean isEdge(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
