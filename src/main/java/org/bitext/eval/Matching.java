package org.bitext.eval;

import java.util.List;
import java.util.Locale;

/**
 * When an emitted pair counts as a gold pair. Strict: both sides equal after trimming edge punctuation and white
 * space, English case-folded, Chinese without the white space beside its characters. Lax: on each side one contains
 * the other (a boundary that is a little off).
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
    return english ? trimmed.toLowerCase(Locale.ROOT) : withoutSpaceBesideHan(trimmed);
  }

  /**
   * Chinese less the white space next to a character that is not Latin or a digit: lines of verse joined with a
   * space or without one ({@code 请您把真正的智慧， 赏赐给我们的领袖}) read the same; {@code AMX 102} keeps its space.
   */
  private static String withoutSpaceBesideHan(String chinese) {
    StringBuilder out = new StringBuilder(chinese.length());
    for (int i = 0; i < chinese.length(); i++) {
      char c = chinese.charAt(i);
      if (!Character.isWhitespace(c) || isLatinOrDigitAt(out, out.length() - 1)
          && isLatinOrDigitAt(chinese, nextNonSpace(chinese, i))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int nextNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLatinOrDigitAt(CharSequence text, int index) {
    if (index < 0 || index >= text.length()) {
      return false;
    }
    char c = text.charAt(index);
    return c < 0x2E80 && Character.isLetterOrDigit(c);
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
