package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.bitext.docs.Ladder;
import org.bitext.docs.LadderBead;
import org.bitext.docs.SideOrder;
import org.bitext.eval.AlignmentEvaluation;
import org.bitext.eval.AlignmentScore;
import org.bitext.eval.VerseMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext eval-align}: a ladder file of beads scored against a gold ladder. */
@Command(name = "eval-align", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores a ladder file (NAME.align, one bead a line: [0, 1]:[0]) against a gold ladder: strict "
        + "(a bead equal to a gold bead) and lax (a bead sharing a sentence on each side with one gold bead) "
        + "precision, recall and F1; beads with an empty side are left out on both sides. Then the bead shapes "
        + "of output and gold (Chinese count first).",
        "Which side each file lists first is never guessed: --gold-order is required, --output-order is zh-en "
            + "(bitext's own ladders) unless given."})
final class EvalAlignCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "LADDER", description = "The gold ladder file.")
  private Path gold;

  @Option(names = "--gold-order", required = true, paramLabel = "ORDER", converter = OrderConverter.class,
      description = "zh-en or en-zh: which side the gold file lists first.")
  private SideOrder goldOrder;

  @Option(names = "--output-order", paramLabel = "ORDER", converter = OrderConverter.class,
      description = "zh-en (default) or en-zh: which side the output file lists first.")
  private SideOrder outputOrder = SideOrder.ZH_EN;

  @Option(names = "--zh-verses", paramLabel = "FILE",
      description = "The verse (or any unit) of each Chinese sentence, a line each; with --en-verses, consecutive "
          + "output beads within one unit are merged before scoring, as for a gold made at that level.")
  private Path zhVerses;

  @Option(names = "--en-verses", paramLabel = "FILE", description = "The same for the English sentences.")
  private Path enVerses;

  @Parameters(paramLabel = "OUTPUT", description = "The ladder file to score.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    if ((zhVerses == null) != (enVerses == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--zh-verses and --en-verses go together");
    }
    List<LadderBead> beads = Ladder.read(output, outputOrder);
    if (zhVerses != null) {
      beads = new VerseMerge(lines(zhVerses), lines(enVerses)).merge(beads);
    }
    AlignmentEvaluation evaluation = AlignmentEvaluation.of(beads, Ladder.read(gold, goldOrder));
    print(evaluation, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }

  private static List<String> lines(Path file) throws java.io.IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
  }

  private static void print(AlignmentEvaluation evaluation, PrintWriter out) {
    out.println("        precision  recall     F1  (right output / output, found gold / gold)");
    row(out, "strict", evaluation.strict());
    row(out, "lax", evaluation.lax());
    out.println();
    out.println("shape     output    gold");
    TreeSet<String> shapes = new TreeSet<>(evaluation.outputShapes().keySet());
    shapes.addAll(evaluation.goldShapes().keySet());
    for (String shape : shapes) {
      out.printf(Locale.ROOT, "%-6s %9s %7s%n", shape, share(evaluation.outputShapes(), shape),
          share(evaluation.goldShapes(), shape));
    }
    out.flush();
  }

  private static void row(PrintWriter out, String name, AlignmentScore score) {
    out.printf(Locale.ROOT, "%-6s  %9.4f  %6.4f  %.4f  (%d / %d, %d / %d)%n", name, score.precision(),
        score.recall(), score.f1(), score.matchedOutput(), score.output(), score.matchedGold(), score.gold());
  }

  private static String share(Map<String, Integer> counts, String shape) {
    return Integer.toString(counts.getOrDefault(shape, 0));
  }

  /** {@code zh-en} or {@code en-zh}, any case. */
  static final class OrderConverter implements ITypeConverter<SideOrder> {
    @Override
    public SideOrder convert(String value) {
      switch (value.toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "zh-en":
          return SideOrder.ZH_EN;
        case "en-zh":
          return SideOrder.EN_ZH;
        default:
          throw new IllegalArgumentException("expected zh-en or en-zh, not " + value);
      }
    }
  }
}
