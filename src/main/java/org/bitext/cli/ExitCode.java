package org.bitext.cli;

/** The exit codes of every {@code bitext} command, listed in {@code --help}. */
public enum ExitCode {
  OK(0, "Success: every input was read and its output written."),
  INPUTS_SKIPPED(1, "Some inputs were skipped (each named on stderr); everything else was written."),
  USAGE(2, "Invalid command line."),
  FAILED(3, "Nothing could be read, or the output could not be written."),
  INVALID(4, "validate: a file is not valid TMX (each problem named on stdout).");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
