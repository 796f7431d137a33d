package org.bitext.segment;

/** The paired punctuation of Chinese and English prose. */
public final class Brackets {
  private static final String QUOTE_OPENERS = "「『“‘﹁﹃｢";
  private static final String QUOTE_CLOSERS = "」』”’﹂﹄｣";
  private static final String PAREN_OPENERS = "（(《〈【〔［";
  private static final String PAREN_CLOSERS = "）)》〉】〕］";

  private Brackets() {}

  public static boolean isQuoteOpener(char c) {
    return QUOTE_OPENERS.indexOf(c) >= 0;
  }

  public static boolean isQuoteCloser(char c) {
    return QUOTE_CLOSERS.indexOf(c) >= 0;
  }

  public static boolean isOpener(char c) {
    return isQuoteOpener(c) || PAREN_OPENERS.indexOf(c) >= 0;
  }

  public static boolean isCloser(char c) {
    return isQuoteCloser(c) || PAREN_CLOSERS.indexOf(c) >= 0;
  }

  public static boolean isParenOpener(char c) {
    return c == '（' || c == '(';
  }

  public static boolean isParenCloser(char c) {
    return c == '）' || c == ')';
  }
}
