package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.AlignOptions;
import org.bitext.AlignRun;
import org.bitext.RunSummary;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.lexicon.Lexicon;
import org.bitext.corpus.TmxSettings;
import picocli.CommandLine.Command;
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
      description = "A folder (one TMX per input file, named after it) or a file ending in .tmx (all pairs).")
  private String output;

  @Option(names = "--min-score", paramLabel = "S", defaultValue = "" + AlignOptions.DEFAULT_MIN_SCORE,
      description = "Leave out pairs scoring below S, in [0, 1] (default: ${DEFAULT-VALUE}; 0 keeps every pair).")
  private double minScore;

  @Option(names = "--en-lang", paramLabel = "TAG", defaultValue = "en-US",
      description = "Language tag of the English side (default: ${DEFAULT-VALUE}).")
  private String englishTag;

  @Option(names = "--zh-lang", paramLabel = "TAG", defaultValue = "zh-CN",
      description = "Language tag of the Chinese side (default: ${DEFAULT-VALUE}).")
  private String chineseTag;

  @Option(names = "--zh-source",
      description = "Make Chinese the TMX source language (by default English, the original, is the source).")
  private boolean chineseIsSource;

  @Override
  public Integer call() throws Exception {
    AlignOptions options = toOptions();
    PrintWriter err = spec.commandLine().getErr();
    LazyWordSegmenter segmenter = new LazyWordSegmenter(CoreNlpWordSegmenter::load);
    RunSummary summary = new AlignRun(options, segmenter, Lexicon.load(), err).run();
    err.printf("bitext: %d file(s) read, %d skipped; %d pair(s) written (%d sentence, %d term) to %s;"
            + " word segmenter %s%n", summary.filesRead(), summary.problems().size(),
        summary.sentencePairs() + summary.termPairs(), summary.sentencePairs(), summary.termPairs(), output,
        summary.segmenterLoaded() ? "loaded" : "not needed");
    return exitCode(summary).code();
  }

  private AlignOptions toOptions() {
    if (minScore < 0 || minScore > 1) {
      throw new ParameterException(spec.commandLine(), "--min-score must be between 0 and 1, not " + minScore);
    }
    TmxSettings tmx = new TmxSettings(englishTag, chineseTag, chineseIsSource);
    return new AlignOptions(inputs, Path.of(output), AlignOptions.namesSingleFile(output), minScore, tmx);
  }

  private static ExitCode exitCode(RunSummary summary) {
    if (summary.filesRead() == 0) {
      return ExitCode.FAILED;
    }
    return summary.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUTS_SKIPPED;
  }
}
