package org.bitext.common;

/** A range {@code [start, end)} of clean text. {@link #NONE} stands for "no span" where a value has none. */
public record Span(int start, int end) {
  public static final Span NONE = new Span(-1, -1);

  public Span {
    if (end < start) {
      throw new IllegalArgumentException("span ends before it starts: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isNone() {
    return this.equals(NONE);
  }
}
