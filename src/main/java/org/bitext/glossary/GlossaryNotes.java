package org.bitext.glossary;

import java.util.List;
import java.util.Locale;

/** The human-readable notes glossary formats carry: how often a variant was found, how well it scored, where. */
final class GlossaryNotes {
  /** Articles named in a note; a common term is found in thousands. */
  static final int MAX_ARTICLES = 10;

  private GlossaryNotes() {}

  static String variant(TermVariant variant) {
    return String.format(Locale.ROOT, "found %d time(s), best score %.3f", variant.count(), variant.bestScore());
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }

  /** The articles, the first {@link #MAX_ARTICLES} by name and the rest counted. */
  static String articles(List<String> articles) {
    if (articles.size() <= MAX_ARTICLES) {
      return String.join("; ", articles);
    }
    return String.join("; ", articles.subList(0, MAX_ARTICLES)) + "; and " + (articles.size() - MAX_ARTICLES)
        + " more";
  }
}
