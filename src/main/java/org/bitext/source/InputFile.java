package org.bitext.source;

import java.nio.file.Path;

/**
 * A file to read, with its path relative to the input the user named (a directory, or the file itself), so that
 * outputs can mirror the input's layout.
 */
public record InputFile(Path path, Path relativePath) {

  /** The relative path without its extension: {@code sub/000_x.txt} gives {@code sub/000_x}. */
  public String stem() {
    String name = relativePath.toString();
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
