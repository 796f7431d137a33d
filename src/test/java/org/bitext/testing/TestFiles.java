package org.bitext.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the project's own test material: the seed in {@code seeds/}, the dev corpus in test resources. */
public final class TestFiles {
  public static final Path SEED = Path.of("seeds", "000_981c4c21a77e9e1d.txt");
  public static final Path ALIGNMENTS = Path.of("alignments");

  private TestFiles() {}

  /** The wikitext articles of the random sample and of the dev corpus, in path order: real pages for dump tests. */
  public static List<Path> sampleAndDevWikitext() {
    try (Stream<Path> files = Stream.concat(Files.list(resource("sample")), Files.list(resource("dev")))) {
      return files.filter(f -> f.toString().endsWith(".wikitext")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path resource(String name) {
    try {
      var url = TestFiles.class.getResource("/" + name);
      if (url == null) {
        throw new UncheckedIOException(new IOException("no test resource " + name));
      }
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
