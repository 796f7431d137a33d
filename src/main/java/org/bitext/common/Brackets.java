package org.bitext.common;

/** The paired punctuation of Chinese and English prose. */
public final class Brackets {
  private static final String QUOTE_OPENERS = "「『“‘﹁﹃｢";
  private static final String QUOTE_CLOSERS = "」』”’﹂﹄｣";
  private static final String PAREN_OPENERS = "（(《〈【〔［";
  private static final String PAREN_CLOSERS = "）)》〉】〕］";

  private Brackets() {}

  private static final int QUOTE_OPENER = 1;
  private static final int QUOTE_CLOSER = 2;
  private static final int PAREN_OPENER = 4;
  private static final int PAREN_CLOSER = 8;
  /** The kinds of each char, looked up rather than searched for: the splitter asks for every char of an article. */
  private static final byte[] KINDS = kinds();

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    mark(kinds, QUOTE_OPENERS, QUOTE_OPENER);
    mark(kinds, QUOTE_CLOSERS, QUOTE_CLOSER);
    mark(kinds, PAREN_OPENERS, PAREN_OPENER);
    mark(kinds, PAREN_CLOSERS, PAREN_CLOSER);
    return kinds;
  }

  private static void mark(byte[] kinds, String chars, int kind) {
    chars.chars().forEach(c -> kinds[c] |= kind);
  }

  public static boolean isQuoteOpener(char c) {
    return (KINDS[c] & QUOTE_OPENER) != 0;
  }

  public static boolean isQuoteCloser(char c) {
    return (KINDS[c] & QUOTE_CLOSER) != 0;
  }

  public static boolean isOpener(char c) {
    return (KINDS[c] & (QUOTE_OPENER | PAREN_OPENER)) != 0;
  }

  public static boolean isCloser(char c) {
    return (KINDS[c] & (QUOTE_CLOSER | PAREN_CLOSER)) != 0;
  }

  public static boolean isParenOpener(char c) {
    return c == '（' || c == '(';
  }

  public static boolean isParenCloser(char c) {
    return c == '）' || c == ')';
  }

  /**
   * Where the quotation opening at {@code open} closes, quotations inside it counted, searching before {@code end};
   * -1 when it does not close there.
   */
  public static int quoteCloser(CharSequence text, int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      char c = text.charAt(i);
      if (isQuoteOpener(c)) {
        depth++;
      } else if (isQuoteCloser(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
