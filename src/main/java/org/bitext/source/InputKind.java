package org.bitext.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an input file is, decided once from its name: an article file (and how it is marked up, where the name says),
 * or a MediaWiki XML dump, plain or bzip2-compressed. Everything that treats inputs differently asks this.
 */
public enum InputKind {
  /** {@code .wikitext}, {@code .wiki}, {@code .mediawiki}. */
  WIKITEXT_FILE(List.of("wikitext", "wiki", "mediawiki")),
  /** {@code .md}, {@code .markdown}. */
  MARKDOWN_FILE(List.of("md", "markdown")),
  /** Any other article file ({@code .txt}, {@code .text}, or a file named on the command line): wikitext or plain text, as its content shows. */
  TEXT_FILE(List.of("txt", "text")),
  /** {@code .xml}: a dump, or {@code <page>} elements of one. */
  XML_DUMP(List.of("xml")),
  /** {@code .xml.bz2}: a compressed dump; multistream when its index is found. */
  BZIP2_DUMP(List.of("bz2"));

  private final List<String> extensions;

  InputKind(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The kind of the file at {@code path}; a name with no known extension is a text file. */
  public static InputKind of(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml.bz2")) {
      return BZIP2_DUMP;
    }
    return byExtension(name).filter(kind -> kind != BZIP2_DUMP).orElse(TEXT_FILE);
  }

  /**
   * Whether a directory walk reads the file {@code name}: only names with a known extension are (any {@code .bz2},
   * so that a dump whose name does not end in {@code .xml.bz2} is reported rather than passed over).
   */
  public static boolean isListedInDirectories(String name) {
    return byExtension(name.toLowerCase(Locale.ROOT)).isPresent();
  }

  /** Every extension a directory walk reads, sorted, for messages. */
  public static Set<String> listedExtensions() {
    Set<String> all = new TreeSet<>();
    for (InputKind kind : values()) {
      all.addAll(kind.extensions);
    }
    return all;
  }

  public boolean isDump() {
    return this == XML_DUMP || this == BZIP2_DUMP;
  }

  private static Optional<InputKind> byExtension(String lowerCaseName) {
    int dot = lowerCaseName.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String extension = lowerCaseName.substring(dot + 1);
    for (InputKind kind : values()) {
      if (kind.extensions.contains(extension)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
