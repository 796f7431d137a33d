package org.bitext.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bitext.corpus.OutputFormat;

/** What {@code align-docs} writes: one of the corpus formats, or the ladder of beads ({@code NAME.align}). */
public enum DocsFormat {
  TMX(Optional.of(OutputFormat.TMX)),
  JSONL(Optional.of(OutputFormat.JSONL)),
  TSV(Optional.of(OutputFormat.TSV)),
  MOSES(Optional.of(OutputFormat.MOSES)),
  /** A Hugging Face dataset folder; named by {@code --format hf}, never by an extension. */
  HF(Optional.of(OutputFormat.HF)),
  /** One bead a line, Chinese indices first: {@code [0, 1]:[0]}. */
  ALIGN(Optional.empty());

  private final Optional<OutputFormat> corpus;

  DocsFormat(Optional<OutputFormat> corpus) {
    this.corpus = corpus;
  }

  /** The corpus writer's format; empty for the ladder. */
  public Optional<OutputFormat> corpus() {
    return corpus;
  }

  public String extension() {
    return corpus.map(OutputFormat::extension).orElse(".align");
  }

  /** The format an output file name ends in, if it ends in one: a corpus format's (NAME.tmx.gz too), or .align. */
  public static Optional<DocsFormat> ofFileName(String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(ALIGN.extension())) {
      return Optional.of(ALIGN);
    }
    return OutputFormat.ofFileName(name)
        .flatMap(format -> Arrays.stream(values()).filter(docs -> docs.corpus.equals(Optional.of(format))).findFirst());
  }
}
