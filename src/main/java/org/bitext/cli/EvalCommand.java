package org.bitext.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.eval.EmittedPair;
import org.bitext.eval.EmittedPairs;
import org.bitext.eval.EvalReport;
import org.bitext.eval.Evaluation;
import org.bitext.eval.GoldPair;
import org.bitext.eval.GoldStandard;
import org.bitext.eval.Matching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext eval}: bitext's TMX output scored against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores TMX output against a gold file (file, kind, zh, en, note; tab-separated; kinds sentence, "
        + "term, ref, optional, NOT, none; a||b in a cell gives two equally good boundaries): precision, recall "
        + "and F1 per kind, strict (equal after trimming edge punctuation and white space, English case-folded) "
        + "and lax (one side contains the other), precision at score thresholds, a reliability table (how often "
        + "a pair in each score band is right) with the expected calibration error, then the traps emitted, the "
        + "misses and the extras.",
        "TMX files are matched to gold rows by name: 03_x.wikitext in the gold file is 03_x.tmx."})
final class EvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "TSV", description = "The gold file (EXPECTED.tsv).")
  private Path gold;

  @Parameters(paramLabel = "TMX", description = "A folder of TMX files (one per input), or one TMX file.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    List<GoldPair> rows = GoldStandard.read(gold);
    List<EmittedPair> emitted = EmittedPairs.read(output);
    EvalReport.print(Evaluation.of(rows, emitted, Matching.STRICT), Evaluation.of(rows, emitted, Matching.LAX),
        spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
