package org.bitext.clean;

import org.bitext.source.SourceFormat;

/** Turns an article's marked-up text into {@link CleanText}. Implementations are stateless and thread-safe. */
public interface Cleaner {
  CleanText clean(String source);

  static Cleaner forFormat(SourceFormat format) {
    switch (format) {
      case WIKITEXT:
        return new WikitextCleaner();
      case MARKDOWN:
        return new MarkdownCleaner();
      default:
        return new PlainTextCleaner();
    }
  }
}
