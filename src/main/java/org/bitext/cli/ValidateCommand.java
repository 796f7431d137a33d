package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.corpus.TmxProblem;
import org.bitext.corpus.TmxValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext validate}: TMX files checked against the TMX 1.4 DTD and the rules it cannot express. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks TMX files against the TMX 1.4 DTD (bundled; nothing is fetched) and the rules the DTD "
        + "cannot check: srclang naming a tuv of every tu, language tags, dates "
        + "(YYYYMMDDThhmmssZ), characters XML forbids. Prints FILE:LINE: problem for each, then a verdict."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files.")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TmxValidator validator = new TmxValidator();
    boolean allValid = true;
    boolean allRead = true;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("bitext: skipped " + file + ": no such file");
        allRead = false;
        continue;
      }
      List<TmxProblem> problems = validator.validate(file);
      problems.forEach(problem -> out.println(file + ":" + problem));
      out.println(file + ": " + (problems.isEmpty() ? "valid" : "INVALID, " + problems.size() + " problem(s)"));
      allValid &= problems.isEmpty();
    }
    out.flush();
    if (!allValid) {
      return ExitCode.INVALID.code();
    }
    return allRead ? ExitCode.OK.code() : ExitCode.INPUTS_SKIPPED.code();
  }
}
