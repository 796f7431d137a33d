package org.bitext.align;

import java.util.Locale;

/** A statement, clause or sentence, or a name, title, term or short phrase. */
public enum PairKind {
  SENTENCE,
  TERM;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
