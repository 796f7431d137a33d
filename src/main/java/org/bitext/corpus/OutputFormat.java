package org.bitext.corpus;

import java.util.Locale;
import java.util.Optional;

/** The corpus formats bitext writes, each with the file extension that names it. */
public enum OutputFormat {
  /** TMX 1.4, for CAT tools. */
  TMX(".tmx"),
  /** One JSON object a line, Hugging Face translation style. */
  JSONL(".jsonl"),
  /** Tab-separated values with a header line. */
  TSV(".tsv"),
  /** Two line-aligned plain-text files, {@code NAME.en} and {@code NAME.zh}; named {@code NAME.moses}. */
  MOSES(".moses"),
  /**
   * A Hugging Face dataset folder: {@code data/train.jsonl} (the JSONL above) and a {@code README.md} dataset card.
   * Named by {@code --format hf}, never by an extension.
   */
  HF("");

  /** A gzip-compressed TMX file's ending: Trados imports it as it is, and it is a tenth of the size. */
  public static final String GZIPPED_TMX = ".tmx.gz";

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format an output file name ends in, if it ends in one. */
  public static Optional<OutputFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(GZIPPED_TMX)) {
      return Optional.of(TMX);
    }
    for (OutputFormat format : values()) {
      if (!format.extension.isEmpty() && lower.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
