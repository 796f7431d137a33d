package org.bitext.corpus;

/** Something wrong in a TMX file, at a line (or -1 when the parser could not say). */
public record TmxProblem(int line, String message) {
  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + message;
  }
}
