package org.bitext.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure said for a person: the JDK's file exceptions carry only a path as their message. */
final class IoMessages {
  private IoMessages() {}

  static String describe(IOException e) {
    if (!(e instanceof FileSystemException failure) || failure.getFile() == null) {
      return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return failure.getFile() + ": " + reason(failure);
  }

  private static String reason(FileSystemException failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (failure instanceof NotDirectoryException) {
      return "not a directory";
    }
    return failure.getReason() != null ? failure.getReason()
        : failure.getClass().getSimpleName();
  }
}
