package org.bitext.common;

/** The unaccented Latin letters English is written in: one definition for every stage that tells scripts apart. */
public final class Latin {
  private Latin() {}

  /** a–z or A–Z. */
  public static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The Latin letters in {@code text}. */
  public static int count(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
