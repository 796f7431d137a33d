package org.bitext.align;

import java.util.Objects;

/**
 * The segments around a pair where it was found, as CAT tools keep them for in-context matches: the text of the
 * segment before and of the segment after, in each language that has any. A pair mined from a Chinese article has
 * Chinese context only (the English original stands alone in it); a bead of two aligned documents has both.
 *
 * @param chinese the Chinese segments before and after
 * @param english the English segments before and after
 */
public record Context(Around chinese, Around english) {
  /** No context known: a pair made outside a document, or read from an older journal. */
  public static final Context NONE = new Context(Around.NONE, Around.NONE);

  public Context {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
  }

  /** The Chinese segments around a pair, the English unknown. */
  public static Context ofChinese(String before, String after) {
    return new Context(new Around(before, after), Around.NONE);
  }

  /** The segments around one side of a pair. */
  public Around side(boolean chineseSide) {
    return chineseSide ? chinese : english;
  }

  /**
   * The text of the segment before and of the segment after, each empty where there is none (the first or last
   * segment of a document) or it is unknown.
   */
  public record Around(String before, String after) {
    public static final Around NONE = new Around("", "");

    public Around {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }
}
