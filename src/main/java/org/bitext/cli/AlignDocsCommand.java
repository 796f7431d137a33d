package org.bitext.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bitext.corpus.ChineseTagScheme;
import org.bitext.corpus.TmxSettings;
import org.bitext.docs.AlignSettings;
import org.bitext.docs.DocumentAligner;
import org.bitext.docs.LexicalSimilarity;
import org.bitext.lexicon.Lexicon;
import org.bitext.run.AlignDocsRun;
import org.bitext.run.DocsFormat;
import org.bitext.run.DocsOptions;
import org.bitext.run.DocumentPair;
import org.bitext.run.DocumentPairs;
import org.bitext.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bitext align-docs}: a Chinese document and its English translation aligned sentence by sentence. */
@Command(name = "align-docs", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Aligns a Chinese document with its English translation sentence by sentence, into beads "
        + "(1-1, 1-n, n-1, n-m up to 5 a side, 1-0, 0-1) with a confidence each, and writes them as TMX, JSONL, "
        + "TSV, Moses or a ladder (NAME.align: one bead a line, Chinese indices first, [0, 1]:[0]).",
        "Two arguments: ZH EN. One argument: a folder of pairs named x.zh.EXT and x.en.EXT, or a TSV listing "
            + "zh-file<TAB>en-file[<TAB>name] a line; -o is then a folder, with one output per pair."})
final class AlignDocsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "ZH EN | PAIRS",
      description = "The Chinese and the English document; or a folder or TSV of pairs.")
  private List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "A file ending in .tmx, .jsonl, .tsv, .moses or .align (one pair), or a folder.")
  private Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "tmx (default), jsonl, tsv, moses, align, or hf: a Hugging Face dataset folder OUT (one a "
          + "pair inside OUT for several pairs); taken from OUT's extension when not given.")
  private DocsFormat format;

  @Option(names = "--min-score", paramLabel = "S",
      description = "Leave beads scoring under S (0-1) out of the corpus formats; the ladder keeps all (default 0).")
  private double minScore;

  @Option(names = "--no-split",
      description = "The documents are one sentence a line already: every non-blank line is a sentence.")
  private boolean noSplit;

  @Option(names = "--en-lang", paramLabel = "TAG", description = "English language tag (default en-US).")
  private String englishTag = "en-US";

  @Option(names = "--zh-lang", paramLabel = "TAG",
      description = "Chinese language tag (default zh-CN, or zh-TW for traditional script).")
  private String chineseTag = "";

  @Option(names = "--zh-source", description = "Make Chinese the TMX source language.")
  private boolean chineseSource;

  @Mixin
  private ToolOptions tool;

  @Mixin
  private LayoutOptions layout;

  @Override
  public Integer call() throws Exception {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(spec.commandLine(), "--min-score must be between 0 and 1");
    }
    Optional<DocsFormat> named = DocsFormat.ofFileName(output.getFileName().toString());
    DocsFormat chosen = format != null ? format : named.orElse(DocsFormat.TMX);
    List<DocumentPair> pairs;
    try {
      pairs = pairs();
    } catch (InputException e) {
      spec.commandLine().getErr().println("bitext: " + e.getMessage());
      return ExitCode.FAILED.code();
    }
    // A dataset is a folder: -o names it for one pair, and holds one a pair for several.
    boolean singleFile = chosen == DocsFormat.HF ? pairs.size() == 1 : named.isPresent() && !Files.isDirectory(output);
    if (singleFile && pairs.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "-o " + output + " is one file, but there are " + pairs.size() + " pairs: give a folder");
    }
    DocsOptions options = new DocsOptions(pairs, output, singleFile, chosen, minScore, !noSplit,
        new TmxSettings(englishTag, chineseTag, chineseSource, tool.profile(spec.commandLine()),
            tool.creationId(spec.commandLine()), ChineseTagScheme.REGION,
            tool.shards(spec.commandLine(), chosen == DocsFormat.TMX)), layout.layout());
    Lexicon lexicon = Lexicon.load();
    DocumentAligner aligner = new DocumentAligner(new LexicalSimilarity(lexicon), AlignSettings.defaults());
    switch (new AlignDocsRun(options, lexicon, aligner, spec.commandLine().getErr()).run()) {
      case ALL_WRITTEN:
        return ExitCode.OK.code();
      case SOME_SKIPPED:
        return ExitCode.INPUTS_SKIPPED.code();
      default:
        return ExitCode.FAILED.code();
    }
  }

  private List<DocumentPair> pairs() throws InputException {
    if (inputs.size() == 2) {
      return List.of(new DocumentPair(DocumentPair.nameOf(inputs.get(0)), inputs.get(0), inputs.get(1)));
    }
    return DocumentPairs.of(inputs.get(0), warning -> spec.commandLine().getErr().println("bitext: " + warning));
  }
}
