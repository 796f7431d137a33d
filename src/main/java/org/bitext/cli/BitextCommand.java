package org.bitext.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code bitext} command; its subcommands do the work. */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = BitextCommand.Version.class,
    description = "Mines Chinese-English translation pairs from bilingual articles into parallel corpora.",
    subcommands = {AlignCommand.class, InspectCommand.class, EvalCommand.class, ValidateCommand.class,
        StatsCommand.class, TrainScoreCommand.class, AlignDocsCommand.class, EvalAlignCommand.class,
        CommandLine.HelpCommand.class})
public final class BitextCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line and returns its exit code, without exiting: the entry point for tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new BitextCommand());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(out);
    line.setErr(err);
    documentExitCodes(line);
    line.setExecutionExceptionHandler((exception, command, parseResult) -> {
      command.getErr().println("bitext: " + exception.getMessage());
      return ExitCode.FAILED.code();
    });
    return line.execute(args);
  }

  /** Every command's help lists the exit codes, from the one enum that defines them. */
  private static void documentExitCodes(CommandLine line) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(Integer.toString(code.code()), code.meaning());
    }
    line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    line.getSubcommands().values().forEach(BitextCommand::documentExitCodes);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (try: bitext align --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bitext " + org.bitext.common.Version.CURRENT};
    }
  }
}
