package org.bitext.corpus;

/** A TMX file that cannot be read as XML; the message names the line. */
public final class TmxException extends Exception {
  private final int line;

  public TmxException(int line, String message, Throwable cause) {
    super((line > 0 ? "line " + line + ": " : "") + message, cause);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
