package org.bitext.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user named into the files to read, in a stable order, reporting paths that give nothing. */
public final class InputFiles {
  private final List<InputFile> files = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private InputFiles() {}

  public static InputFiles expand(List<Path> inputs) {
    InputFiles result = new InputFiles();
    for (Path input : inputs) {
      result.add(input);
    }
    return result;
  }

  public List<InputFile> files() {
    return List.copyOf(files);
  }

  public List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  private void add(Path input) {
    if (Files.isDirectory(input)) {
      addDirectory(input);
    } else if (Files.isRegularFile(input)) {
      files.add(InputFile.named(input));
    } else {
      problems.add(new Diagnostic(input.toString(), "no such file or directory"));
    }
  }

  private void addDirectory(Path directory) {
    List<InputFile> found;
    try (Stream<Path> walk = Files.walk(directory)) {
      found = walk.filter(Files::isRegularFile)
          .filter(path -> isArticleFile(directory.relativize(path)))
          .sorted(Comparator.comparing(Path::toString))
          .map(path -> InputFile.of(path, directory.relativize(path)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Diagnostic(directory.toString(), "cannot list directory: " + e.getMessage()));
      return;
    }
    if (found.isEmpty()) {
      problems.add(new Diagnostic(directory.toString(),
          "directory holds no readable article files (." + String.join(", .", InputKind.listedExtensions()) + ")"));
    }
    files.addAll(found);
  }

  private static boolean isArticleFile(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return InputKind.isListedInDirectories(relative.getFileName().toString());
  }
}
