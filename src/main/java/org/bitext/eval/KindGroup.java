package org.bitext.eval;

import java.util.Locale;
import org.bitext.align.PairKind;

/** The pairs a score is given for: one kind, or all of them. */
public enum KindGroup {
  SENTENCE,
  TERM,
  ALL;

  /** Whether a pair of {@code kind} is in this group. */
  boolean holds(PairKind kind) {
    return this == ALL || name().equals(kind.name());
  }

  /** Whether a gold row of {@code kind} is in this group (only sentence and term rows are scored). */
  boolean holds(GoldKind kind) {
    return (kind == GoldKind.SENTENCE || kind == GoldKind.TERM) && (this == ALL || name().equals(kind.name()));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
