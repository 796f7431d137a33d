package org.bitext.source;

import java.util.Objects;

/**
 * One input document.
 *
 * @param title the article's title (for a file: the wikitext lead's bold title, else the file's name)
 * @param origin where it came from, as the user named it (a file path)
 * @param text the raw text, markup included
 * @param format how {@code text} is marked up
 */
public record Article(String title, String origin, String text, SourceFormat format) {
  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }
}
