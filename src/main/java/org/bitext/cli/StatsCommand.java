package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.corpus.TmxException;
import org.bitext.corpus.TmxReader;
import org.bitext.corpus.TmxStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext stats}: what a TMX file holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "For each TMX file: units, languages, kinds (x-kind), score distribution (x-score), and the "
        + "length distribution of the first and second tuv of each unit.")
final class StatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files.")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TmxReader reader = new TmxReader();
    boolean allRead = true;
    for (Path file : files) {
      TmxStats stats = new TmxStats();
      try {
        reader.read(file, stats::add);
      } catch (TmxException | java.io.IOException e) {
        spec.commandLine().getErr().println("bitext: skipped " + file + ": " + e.getMessage());
        allRead = false;
        continue;
      }
      out.println(file);
      stats.print(out);
    }
    return allRead ? ExitCode.OK.code() : ExitCode.INPUTS_SKIPPED.code();
  }
}
