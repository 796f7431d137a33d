package org.bitext.common;

/**
 * Where Chinese and English prose ends a sentence or a clause: one definition for the splitter, the finder and the
 * span chooser, so that they agree on what a boundary is.
 */
public final class Punctuation {
  private static final String CLAUSE_BOUNDARIES = "，,；;：:、";

  private Punctuation() {}

  /** 。！？: a Chinese sentence ends here, whatever follows. */
  public static boolean isChineseSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？';
  }

  /** . ! ?: an English sentence may end here, when white space or the line's end follows. */
  public static boolean isLatinSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** A comma, semicolon, colon or enumeration comma, Chinese or ASCII: a clause within a sentence ends here. */
  public static boolean isClauseBoundary(char c) {
    return CLAUSE_BOUNDARIES.indexOf(c) >= 0;
  }

  /** Where a clause ends: at a clause boundary or at a Chinese full stop. */
  public static boolean endsClause(char c) {
    return isClauseBoundary(c) || isChineseSentenceEnd(c);
  }
}
