package org.bitext.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TextLayout;
import org.bitext.corpus.TmxSettings;
import org.bitext.source.Bzip2Decoder;

/**
 * What {@code bitext align} is asked to do.
 *
 * @param inputs files and directories to read
 * @param output where pairs go: a folder with one file per input, or one file for all
 * @param singleFile whether {@code output} is one file rather than a folder
 * @param format the corpus format
 * @param filter which pairs are written
 * @param tmx language tags and direction
 * @param threads how many threads extract articles; the output is the same whatever the number
 * @param index the index of a multistream dump input, when not beside it under the usual name
 * @param resume whether an output a stopped run left unfinished is continued from its journal, or started over
 * @param decoder what decompresses a multistream dump's streams; it does not change the output
 * @param glossary where the run's term pairs go as a glossary (its format from the extension), if anywhere
 * @param layout how the Moses and TSV outputs are laid out
 */
public record AlignOptions(List<Path> inputs, Path output, boolean singleFile, OutputFormat format,
    PairFilter filter, TmxSettings tmx, int threads, Optional<Path> index,
    boolean resume, Bzip2Decoder decoder, Optional<Path> glossary, TextLayout layout) {
  /**
   * The default {@code --min-score}. On 60 random zhwiki articles it keeps 42 of 53 pairs and raises precision from
   * 0.75 to 0.88 (judged by hand); on the dev corpus it costs one gold pair of 40.
   */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  public AlignOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(tmx, "tmx");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(glossary, "glossary");
    Objects.requireNonNull(layout, "layout");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** A run that writes no glossary. */
  public AlignOptions(List<Path> inputs, Path output, boolean singleFile, OutputFormat format, PairFilter filter,
      TmxSettings tmx, int threads, Optional<Path> index, boolean resume, Bzip2Decoder decoder) {
    this(inputs, output, singleFile, format, filter, tmx, threads, index, resume, decoder, Optional.empty());
  }

  /** A run with bitext's own layout of the plain-text formats. */
  public AlignOptions(List<Path> inputs, Path output, boolean singleFile, OutputFormat format, PairFilter filter,
      TmxSettings tmx, int threads, Optional<Path> index, boolean resume, Bzip2Decoder decoder,
      Optional<Path> glossary) {
    this(inputs, output, singleFile, format, filter, tmx, threads, index, resume, decoder, glossary,
        TextLayout.defaults());
  }

  /** TMX into a folder, one file per input, with the default filter and tags. */
  public static AlignOptions toFolder(List<Path> inputs, Path folder) {
    return new AlignOptions(inputs, folder, false, OutputFormat.TMX, PairFilter.minScore(DEFAULT_MIN_SCORE),
        TmxSettings.defaults(), 1, Optional.empty(), true,
        Bzip2Decoder.fastest());
  }

  /** An output named with a format's extension ({@code all.tmx}, {@code all.jsonl}) is one file. */
  public static boolean namesSingleFile(String output) {
    return !output.endsWith("/") && OutputFormat.ofFileName(output.toLowerCase(Locale.ROOT)).isPresent();
  }
}
