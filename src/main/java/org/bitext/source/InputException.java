package org.bitext.source;

/** An input that cannot be read as an article; its message names the problem, the caller names the file. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
