package org.bitext.eval;

import java.util.Locale;

/** The kinds of row in a gold file. */
public enum GoldKind {
  SENTENCE,
  TERM,
  /** Either way is fine: emitting it is neither right nor wrong. */
  OPTIONAL,
  /** A trap: a pair that must not be emitted. */
  NOT,
  /** The file has no pairs at all. */
  NONE;

  static GoldKind parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
