package org.bitext.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name in the target's folder and renamed over the target on commit, so a crash
 * or kill mid-write leaves the previous complete file (or nothing), never a truncated one. The temporary name is
 * fixed ({@code .NAME.partial}), so the next run to write the target replaces what a killed one left.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temporary;
  private final OutputStream out;
  private boolean finished;

  public AtomicFile(Path target) throws IOException {
    this(target, ".partial");
  }

  /** A file whose temporary name ends with {@code suffix}. */
  AtomicFile(Path target, String suffix) throws IOException {
    this.target = target.toAbsolutePath();
    Files.createDirectories(this.target.getParent());
    this.temporary = this.target.resolveSibling("." + this.target.getFileName() + suffix);
    this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
  }

  public OutputStream stream() {
    return out;
  }

  /** Where the content is until it is committed. */
  Path temporary() {
    return temporary;
  }

  public void commit() throws IOException {
    out.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    finished = true;
  }

  @Override
  public void close() throws IOException {
    if (!finished) {
      finished = true;
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
