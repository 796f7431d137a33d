package org.bitext.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code bitext} command; its subcommands do the work. */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = BitextCommand.Version.class,
    description = "Mines Chinese-English translation pairs from bilingual articles into parallel corpora.",
    subcommands = {AlignCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success: every input was read and its output written.",
        "1:Some inputs were skipped (each named on stderr); everything else was written.",
        "2:Invalid command line.",
        "3:Nothing could be read, or the output could not be written."})
public final class BitextCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line and returns its exit code, without exiting: the entry point for tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new BitextCommand());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((exception, command, parseResult) -> {
      command.getErr().println("bitext: " + exception.getMessage());
      return ExitCode.FAILED.code();
    });
    return line.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (try: bitext align --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bitext " + org.bitext.write.TmxWriter.VERSION};
    }
  }
}
