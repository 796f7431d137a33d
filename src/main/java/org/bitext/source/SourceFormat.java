package org.bitext.source;

/** How an article's text is marked up, which decides the cleaner that reads it. */
public enum SourceFormat {
  WIKITEXT,
  MARKDOWN,
  PLAIN_TEXT
}
