package org.bitext.source;

/**
 * A problem with one input that made bitext skip it (or part of it); the run goes on with the rest.
 *
 * @param origin the file (and page, where there is one) the problem is in
 * @param message what is wrong, for a person
 */
public record Diagnostic(String origin, String message) {
  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
