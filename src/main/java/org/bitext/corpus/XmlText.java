package org.bitext.corpus;

/** Text made safe for XML 1.0: characters XML forbids are dropped (never written as character references). */
public final class XmlText {
  private XmlText() {}

  public static String legal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean legal;
      if (Character.isHighSurrogate(c)) {
        legal = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (legal) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        legal = !Character.isLowSurrogate(c) && isLegalChar(c);
      }
      if (!legal && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (legal && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isLegalChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
