package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bitext.run.AlignOptions;
import org.bitext.run.AlignRun;
import org.bitext.run.RunSummary;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.lexicon.Lexicon;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxSettings;
import org.bitext.corpus.ChineseTagScheme;
import org.bitext.glossary.GlossaryFormat;
import org.bitext.source.Bzip2Decoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bitext align}: inputs in, TMX out. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Finds English originals embedded in Chinese articles and writes each with the Chinese that "
        + "renders it as a TMX 1.4 translation unit.",
        "Inputs are wikitext (.wikitext, .wiki, .txt), Markdown (.md) or plain text files, or folders of them."})
final class AlignCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
  private List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = {"A folder (one output per input file, named after it), or one file for all pairs, named "
          + "with its format's extension: .tmx, .jsonl, .tsv, or .moses (which writes NAME.en and NAME.zh)."})
  private String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "tmx, jsonl, tsv, moses, or hf: a Hugging Face dataset folder OUT with data/train.jsonl and a "
          + "README.md dataset card (default: from OUT's extension, else tmx).")
  private OutputFormat format;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + AlignOptions.DEFAULT_MIN_SCORE,
      description = "Leave out pairs scoring below S, in [0, 1] (default: ${DEFAULT-VALUE}; 0 keeps every pair).")
  private double minScore;

  @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
      description = "Leave out pairs with a side shorter than N characters (default: ${DEFAULT-VALUE}).")
  private int minLength;

  @Option(names = "--max-length", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE,
      description = "Leave out pairs with a side longer than N characters (default: no limit).")
  private int maxLength;

  @Option(names = "--min-ratio", paramLabel = "R", defaultValue = "0",
      description = "Leave out pairs with fewer than R English characters per Chinese one (default: no limit).")
  private double minRatio;

  @Option(names = "--max-ratio", paramLabel = "R", defaultValue = "" + Double.MAX_VALUE,
      description = "Leave out pairs with more than R English characters per Chinese one (default: no limit).")
  private double maxRatio;

  @Option(names = "--en-lang", paramLabel = "TAG", defaultValue = "en-US",
      description = "Language tag of the English side (default: ${DEFAULT-VALUE}).")
  private String englishTag;

  @Option(names = "--zh-lang", paramLabel = "TAG", defaultValue = "",
      description = "Language tag of the Chinese side (default: zh-CN, or zh-TW for a file whose pairs come mostly "
          + "from traditional-script articles; 'script': zh-Hans or zh-Hant, detected the same way; or a tag such as "
          + "zh, zh-Hans, zh-Hant, fixed for every file).")
  private String chineseTag;

  @Mixin
  private ToolOptions tool;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads extracting articles (default: the number of cores). The output does not depend on it.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--index", paramLabel = "FILE",
      description = "The index of a multistream .xml.bz2 dump input (default: X-multistream-index.txt.bz2 beside "
          + "X-multistream.xml.bz2). With an index, the dump's streams are read in parallel.")
  private Path index;

  @Option(names = "--decompressor", paramLabel = "NAME", defaultValue = "auto",
      description = {"What decompresses a multistream dump's streams: lbzip2, bzip2 (programs on the PATH, run one "
          + "process per chunk of streams), java (Commons Compress), or auto, the first of these found (default). "
          + "The output is the same whichever is used."})
  private String decompressor;

  private ProgressDisplay.Choice progress = ProgressDisplay.Choice.AUTO;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr: a bar on a terminal, else a line every 10 s (default: when the input "
          + "is 16 MB or more).")
  private void progress(boolean show) {
    progress = show ? ProgressDisplay.Choice.SHOW : ProgressDisplay.Choice.HIDE;
  }

  @Option(names = "--resume", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = {"Continue an output that a stopped run (Ctrl-C, kill, crash) left unfinished, when this is the "
          + "same command on the same unchanged inputs: the output is then the same as that of an uninterrupted "
          + "run (default). --no-resume starts it over."})
  private boolean resume;

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Also write the run's term pairs, merged per Chinese term, as a glossary: FILE.tbx (TBX-Basic), "
          + "FILE.tsv (OmegaT) or FILE.csv (memoQ, Phrase, MultiTerm). A run with a glossary does not resume.")
  private Path glossary;

  @Mixin
  private LayoutOptions layout;

  @Option(names = "--zh-source",
      description = "Make Chinese the TMX source language (by default English, the original, is the source).")
  private boolean chineseIsSource;

  @Override
  public Integer call() throws Exception {
    AlignOptions options = toOptions();
    PrintWriter err = spec.commandLine().getErr();
    LazyWordSegmenter segmenter = new LazyWordSegmenter(CoreNlpWordSegmenter::load);
    long started = System.nanoTime();
    RunSummary summary = new AlignRun(options, segmenter, Lexicon.load(), err,
        new ProgressDisplay(progress, System.console() != null, err)).run();
    err.printf(Locale.ROOT, "bitext: %d file(s) read, %d skipped; %d pair(s) written (%d sentence, %d term) to %s;"
            + " %d duplicate(s) and %d filtered out; word segmenter %s; %.1f s%n", summary.filesRead(),
        summary.problems().size(), summary.sentencePairs() + summary.termPairs(), summary.sentencePairs(),
        summary.termPairs(), output, summary.duplicates(), summary.filteredOut(),
        summary.segmenterLoaded() ? "loaded" : "not needed", (System.nanoTime() - started) / 1e9);
    err.println("bitext: left out " + summary.drops().describe());
    return exitCode(summary).code();
  }

  /** The options the command line asks for; a contradiction is a usage error. */
  AlignOptions toOptions() {
    if (minScore < 0 || minScore > 1) {
      throw new ParameterException(spec.commandLine(), "--min-score must be between 0 and 1, not " + minScore);
    }
    if (minLength < 0 || maxLength < minLength || minRatio < 0 || maxRatio < minRatio) {
      throw new ParameterException(spec.commandLine(), "length and ratio limits must be non-negative, minimum "
          + "at most maximum");
    }
    boolean namedFile = AlignOptions.namesSingleFile(output);
    OutputFormat chosen = format != null ? format
        : OutputFormat.ofFileName(output).filter(f -> namedFile).orElse(OutputFormat.TMX);
    // A Hugging Face dataset is one folder for all the inputs.
    boolean singleFile = namedFile || chosen == OutputFormat.HF;
    if (namedFile && OutputFormat.ofFileName(output).orElseThrow() != chosen) {
      throw new ParameterException(spec.commandLine(), "--format " + chosen.name().toLowerCase(Locale.ROOT)
          + " does not match the output's extension: " + output);
    }
    PairFilter filter = new PairFilter(minScore, minLength, maxLength, minRatio, maxRatio);
    TmxSettings tmx = tmxSettings().withShards(tool.shards(spec.commandLine(), chosen == OutputFormat.TMX));
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    Bzip2Decoder decoder = Bzip2Decoder.named(decompressor).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--decompressor must be auto, lbzip2, bzip2 (found on the PATH) or java, not "
            + decompressor));
    if (glossary != null && GlossaryFormat.of(glossary).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--glossary must end in .tbx, .tsv or .csv: " + glossary);
    }
    return new AlignOptions(inputs, Path.of(output), singleFile, chosen, filter, tmx, threads,
        Optional.ofNullable(index), resume, decoder, Optional.ofNullable(glossary),
        layout.layout());
  }

  /** The tags and tool profile; {@code --zh-lang script} asks for detected script subtags. */
  private TmxSettings tmxSettings() {
    boolean scriptSubtags = chineseTag.equalsIgnoreCase("script");
    return new TmxSettings(englishTag, scriptSubtags ? "" : chineseTag, chineseIsSource,
        tool.profile(spec.commandLine()), tool.creationId(spec.commandLine()),
        scriptSubtags ? ChineseTagScheme.SCRIPT : ChineseTagScheme.REGION);
  }

  private static ExitCode exitCode(RunSummary summary) {
    if (summary.filesRead() == 0) {
      return ExitCode.FAILED;
    }
    return summary.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUTS_SKIPPED;
  }
}
