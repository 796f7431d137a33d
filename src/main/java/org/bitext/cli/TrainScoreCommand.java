package org.bitext.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.AtomicFile;
import org.bitext.learn.ScoreTraining;
import org.bitext.lexicon.Lexicon;
import org.bitext.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train-score", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Learns the score model from gold folders (articles beside their EXPECTED.tsv): every pair "
        + "found, at any score, is judged strictly against the gold, and a penalised logistic regression over the "
        + "pairs' features is fitted to the verdicts. Writes the model file bitext reads its weights from.",
        "bitext's own model: bitext train-score src/test/resources/gold/design src/test/resources/dev "
            + "--penalty 1.0 -o src/main/resources/org/bitext/align/score-model.tsv"})
final class TrainScoreCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "GOLD_FOLDER", arity = "1..*", description = "Folders of articles with EXPECTED.tsv.")
  private List<Path> folders;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The model file.")
  private Path output;

  @Option(names = "--penalty", paramLabel = "L",
      description = "The L2 penalty on the weights (default: chosen by cross-validation by article).")
  private Optional<Double> penalty;

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = new Pipeline(new LazyWordSegmenter(CoreNlpWordSegmenter::load), Lexicon.load());
    ScoreTraining.Result result = new ScoreTraining(pipeline, penalty).train(folders);
    PrintWriter err = spec.commandLine().getErr();
    result.account().forEach(line -> err.println("bitext: " + line));
    try (AtomicFile file = new AtomicFile(output)) {
      Writer writer = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
      result.model().write(result.account(), writer);
      writer.flush();
      file.commit();
    }
    err.printf(Locale.ROOT, "bitext: model written to %s%n", output);
    err.flush();
    return ExitCode.OK.code();
  }
}
