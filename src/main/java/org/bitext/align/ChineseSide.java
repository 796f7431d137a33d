package org.bitext.align;

import java.util.regex.Pattern;

/** Tidies the Chinese side of a pair and measures it. */
final class ChineseSide {
  /** List glue between items (﹔, ﹔及, ；以及) and a clause's trailing comma are not part of a rendering. */
  private static final Pattern TRAILING_GLUE = Pattern.compile("(?:\\s*[﹔；;，,、]\\s*(?:及|以及|和|與|与|或)?)+$");
  /** Code-comment markers and stray punctuation before the text (// 命令式). */
  private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s/#*>\\-–—:：;；,，、]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");
  private static final String OPENERS = "《「『“〈";
  private static final String CLOSERS = "》」』”〉";

  private ChineseSide() {}

  static String tidy(String chinese) {
    // Two lines of verse rendered as one English line join as Chinese joins, without a space.
    String text = LEADING_JUNK.matcher(LINE_BREAK.matcher(chinese.strip()).replaceAll("")).replaceFirst("");
    text = TRAILING_GLUE.matcher(text).replaceFirst("");
    return unwrap(text.strip());
  }

  /** 《彼得原理》 → 彼得原理, but 《台灣關係法》 inside a clause stays. */
  private static String unwrap(String text) {
    if (text.length() < 3) {
      return text;
    }
    int kind = OPENERS.indexOf(text.charAt(0));
    if (kind < 0 || text.charAt(text.length() - 1) != CLOSERS.charAt(kind)) {
      return text;
    }
    String inner = text.substring(1, text.length() - 1);
    boolean nested = inner.indexOf(OPENERS.charAt(kind)) >= 0 || inner.indexOf(CLOSERS.charAt(kind)) >= 0;
    return nested ? text : inner;
  }

}
