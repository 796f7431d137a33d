package org.bitext.glossary;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The glossary formats, each named by the file extension that chooses it. */
public enum GlossaryFormat {
  /** TBX-Basic (ISO 30042:2019, DCA style), for any terminology tool. */
  TBX(".tbx"),
  /** OmegaT's glossary: tab-separated source term, target term, comment; UTF-8. */
  TSV(".tsv"),
  /** Comma-separated with a header of language tags, for memoQ, Phrase and Trados MultiTerm imports. */
  CSV(".csv");

  private final String extension;

  GlossaryFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static Optional<GlossaryFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (GlossaryFormat format : values()) {
      if (name.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
