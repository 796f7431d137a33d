package org.bitext.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the writer for a format. */
public final class PairWriters {
  private PairWriters() {}

  public static PairWriter open(OutputFormat format, Path target, TmxSettings settings) throws IOException {
    return open(format, target, settings, TextLayout.defaults());
  }

  /** The writer for a format, the plain-text ones laid out as {@code layout} says. */
  public static PairWriter open(OutputFormat format, Path target, TmxSettings settings, TextLayout layout)
      throws IOException {
    switch (format) {
      case JSONL:
        return new JsonlWriter(target, settings);
      case TSV:
        return new TsvWriter(target, layout.tsvColumns());
      case MOSES:
        return new MosesWriter(target, layout.mosesNames());
      case HF:
        return new HfDatasetWriter(target, settings);
      default:
        return new TmxWriter(target, settings);
    }
  }
}
