package org.bitext.eval;

import java.util.Locale;
import org.bitext.find.FindPattern;

/** The pairs a score is given for: sentences, terms, originals given only in a footnote, or all of them. */
public enum KindGroup {
  SENTENCE,
  TERM,
  FOOTNOTE,
  ALL;

  /** Whether an emitted pair is in this group. */
  boolean holds(EmittedPair pair) {
    return switch (this) {
      case SENTENCE, TERM -> name().equals(pair.kind().name());
      case FOOTNOTE -> pair.pattern() == FindPattern.FOOTNOTE_ORIGINAL || pair.pattern() == FindPattern.FOOTNOTE_GLOSS;
      case ALL -> true;
    };
  }

  /** Whether a gold row is in this group (only the rows a right extractor emits are scored). */
  boolean holds(GoldKind kind) {
    return switch (this) {
      case SENTENCE -> kind == GoldKind.SENTENCE;
      case TERM -> kind == GoldKind.TERM;
      case FOOTNOTE -> kind == GoldKind.REF;
      case ALL -> kind.isWanted();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
