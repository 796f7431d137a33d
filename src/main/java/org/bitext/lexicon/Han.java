package org.bitext.lexicon;

import java.util.BitSet;
import org.bitext.common.Latin;

/** Han characters, the BMP ones looked up in a table: every stage tests whole articles char by char. */
public final class Han {
  private static final BitSet BMP = new BitSet(Character.MAX_VALUE + 1);

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        BMP.set(c);
      }
    }
  }

  private Han() {}

  /** Whether the code point's script is Han, as {@link Character.UnicodeScript#of} says. */
  public static boolean isHan(int codePoint) {
    return codePoint <= Character.MAX_VALUE
        ? BMP.get(codePoint)
        : Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Chinese prose, not an English or code fragment with a Chinese word in it: Han outnumbers Latin half to one. */
  public static boolean isMostlyChinese(CharSequence text) {
    int han = count(text);
    return han > 0 && han * 2 >= Latin.count(text);
  }

  /** The Han code points in {@code text}. */
  public static int count(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      if (isHan(codePoint)) {
        count++;
      }
      i += Character.charCount(codePoint);
    }
    return count;
  }
}
