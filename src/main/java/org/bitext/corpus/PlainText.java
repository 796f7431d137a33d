package org.bitext.corpus;

/** Text for line- and tab-based formats: one line, no tabs, nothing XML or Unicode forbids. */
public final class PlainText {
  private PlainText() {}

  public static String field(String text) {
    return XmlText.legal(text).replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
  }
}
