package org.bitext.eval;

import java.util.Locale;

/** The kinds of row in a gold file. */
public enum GoldKind {
  SENTENCE,
  TERM,
  /** An English original given only in a footnote, for the Chinese quote in the prose it annotates. */
  REF,
  /** Either way is fine: emitting it is neither right nor wrong. */
  OPTIONAL,
  /** A trap: a pair that must not be emitted. */
  NOT,
  /** The file has no pairs at all. */
  NONE;

  /** Whether a right extractor emits this row: it counts for recall and makes an emitted pair right. */
  boolean isWanted() {
    return this == SENTENCE || this == TERM || this == REF;
  }

  static GoldKind parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }
}
