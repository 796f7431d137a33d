package org.bitext.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * What a CAT tool expects of a TMX it imports beyond the standard. {@link #GENERIC} is plain TMX 1.4 as bitext always
 * wrote it; the others differ where the tool's documentation says it reads the file otherwise.
 */
public enum TmxProfile {
  /** Plain TMX 1.4: props named {@code x-kind}, {@code x-score} (0–1) and so on; no {@code creationid} unless asked. */
  GENERIC,
  /**
   * Trados Studio: props typed as Trados itself exports its fields ({@code x-kind:SinglePicklist},
   * {@code x-article:SingleString}), and the score an integer percentage ({@code x-score:Integer}), Trados having
   * no decimal field type.
   */
  TRADOS,
  /** memoQ: generic props, which it imports into custom fields of the same names; a {@code creationid} a user penalty can name. */
  MEMOQ,
  /** OmegaT: generic props; a {@code creationid}, so mined pairs can be told apart (penalties go by folder). */
  OMEGAT,
  /**
   * Phrase TMS: generic props and a {@code creationid}; the segments before and after the source as
   * {@code context_prev} and {@code context_next} props of the source {@code tuv}, which Phrase imports as context.
   */
  PHRASE,
  /**
   * XTM Cloud: generic props and a {@code creationid}; the segments before and after the source as
   * {@code x-context-pre} and {@code x-context-post} props of the source {@code tuv}.
   */
  XTM,
  /**
   * MateCat and its MyMemory TM: generic props and a {@code creationid}; the segments before and after the source as
   * {@code x-context-pre} and {@code x-context-post} props of the {@code tu}, where MateCat's own TMX export puts
   * them.
   */
  MATECAT;

  /** The name a command line gives it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TmxProfile> named(String label) {
    for (TmxProfile profile : values()) {
      if (profile.label().equals(label.toLowerCase(Locale.ROOT))) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  /** The creation id units carry when none is given: none in generic output, which stays as it always was. */
  Optional<String> defaultCreationId() {
    return this == GENERIC ? Optional.empty() : Optional.of("bitext");
  }

  /**
   * The prop types the tool reads the segments before and after a unit's source from, and where; empty for a tool
   * that takes no context from a TMX it imports.
   */
  Optional<ContextTypes> contextTypes() {
    return switch (this) {
      case PHRASE -> Optional.of(new ContextTypes("context_prev", "context_next", ContextPlace.SOURCE_VARIANT));
      case XTM -> Optional.of(new ContextTypes("x-context-pre", "x-context-post", ContextPlace.SOURCE_VARIANT));
      case MATECAT -> Optional.of(new ContextTypes("x-context-pre", "x-context-post", ContextPlace.UNIT));
      default -> Optional.empty();
    };
  }

  /** The prop types of the segment before and of the segment after, and the element that holds them. */
  record ContextTypes(String before, String after, ContextPlace place) {}

  /** Where context props go: with the unit's other props, or first in the source {@code tuv}. */
  enum ContextPlace {
    UNIT,
    SOURCE_VARIANT
  }

  /** The {@code type} of a prop, as the tool names a field of {@code kind}. */
  String propertyType(String name, FieldKind kind) {
    if (this != TRADOS) {
      return name;
    }
    return name + ":" + switch (kind) {
      case PICKLIST -> "SinglePicklist";
      case NUMBER -> "Integer";
      case TEXT -> "SingleString";
    };
  }

  /** The score as the tool's field holds it: 0–1 with three decimals, or for Trados a whole percentage. */
  String score(double score) {
    if (this == TRADOS) {
      return Long.toString(Math.round(score * 100));
    }
    return String.format(Locale.ROOT, "%.3f", score);
  }

  /** What a prop holds: one of a few values, a number, or free text. */
  enum FieldKind {
    PICKLIST,
    NUMBER,
    TEXT
  }
}
