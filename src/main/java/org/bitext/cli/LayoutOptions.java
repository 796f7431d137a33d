package org.bitext.cli;

import org.bitext.corpus.TextLayout;
import picocli.CommandLine.Option;

/** {@code --moses-names} and {@code --tsv-columns}: the file layouts dataset pipelines expect, for every command. */
final class LayoutOptions {
  @Option(names = "--moses-names", paramLabel = "STYLE", defaultValue = "bitext",
      description = "Names of the Moses files of NAME.moses: bitext (NAME.en, NAME.zh; default) or opus "
          + "(NAME.en-zh.en, NAME.en-zh.zh).")
  private TextLayout.MosesNames mosesNames;

  @Option(names = "--tsv-columns", paramLabel = "STYLE", defaultValue = "bitext",
      description = "TSV columns: bitext (a header, score first; default) or bicleaner (no header: en, zh, the "
          + "provenance, the score last).")
  private TextLayout.TsvColumns tsvColumns;

  TextLayout layout() {
    return new TextLayout(mosesNames, tsvColumns);
  }
}
