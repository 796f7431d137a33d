package org.bitext.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read, with its path relative to the input the user named (a directory, or the file itself), so that
 * outputs can mirror the input's layout, and what kind of input it is.
 */
public record InputFile(Path path, Path relativePath, InputKind kind) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(kind, "kind");
  }

  /** A file whose kind its name decides. */
  public static InputFile of(Path path, Path relativePath) {
    return new InputFile(path, relativePath, InputKind.of(path));
  }

  /** A file named on its own, relative to itself. */
  public static InputFile named(Path path) {
    return of(path, path.getFileName());
  }

  /** The relative path without its extension: {@code sub/000_x.txt} gives {@code sub/000_x}. */
  public String stem() {
    String name = relativePath.toString();
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
