package org.bitext.testing;

import org.bitext.lexicon.Lexicon;

/** The bundled CC-CEDICT, loaded once for all tests: it is immutable, and loading takes a second or two. */
public final class TestLexicon {
  private static final Lexicon LEXICON = Lexicon.load();

  private TestLexicon() {}

  public static Lexicon get() {
    return LEXICON;
  }
}
