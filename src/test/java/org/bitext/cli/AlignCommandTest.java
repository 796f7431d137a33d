package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bitext.testing.TestFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext align} as a user runs it: outputs, one-line errors naming the file, exit codes. */
class AlignCommandTest {
  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int bitext(String... args) {
    return BitextCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Path seedCopy(String name) throws Exception {
    Path copy = folder.resolve("in").resolve(name);
    Files.createDirectories(copy.getParent());
    Files.copy(TestFiles.SEED, copy);
    return copy;
  }

  @Test
  void writesOneTmxPerInputFileNamedAfterIt() throws Exception {
    Path output = folder.resolve("out");
    assertThat(bitext("align", TestFiles.SEED.getParent().toString(), "-o", output + "/")).isEqualTo(0);
    assertThat(output.resolve("000_981c4c21a77e9e1d.tmx")).exists();
    assertThat(err.toString()).contains("2 pair(s) written (2 sentence, 0 term)", "word segmenter not needed");
    assertThat(err.toString()).contains("bitext: left out 0 by --min-score, 0 by --min-length, 0 by --max-length, "
        + "0 by --min-ratio, 0 by --max-ratio, 0 duplicate(s)");
  }

  @Test
  void writesAllPairsToOneFileWhenTheOutputEndsInTmx() throws Exception {
    seedCopy("a.txt");
    seedCopy("b.wikitext");
    Path output = folder.resolve("all.tmx");
    assertThat(bitext("align", folder.resolve("in").toString(), "-o", output.toString())).isEqualTo(0);
    // The same article twice gives the same pairs once: ids are stable and written once.
    assertThat(Files.readString(output).split("<tu ", -1)).hasSize(3);
  }

  @Test
  void namesEachBadInputOnOneLineAndStillWritesTheRest() throws Exception {
    Path good = seedCopy("good.txt");
    Path empty = Files.writeString(folder.resolve("in/empty.txt"), "");
    Path latin1 = Files.write(folder.resolve("in/latin1.txt"), "caf\u00e9 \u00e0 la carte".getBytes(
        StandardCharsets.ISO_8859_1));
    Path emptyDir = Files.createDirectories(folder.resolve("nothing-here"));
    Path missing = folder.resolve("missing.txt");
    Path output = folder.resolve("out");

    int exit = bitext("align", missing.toString(), emptyDir.toString(), empty.toString(), latin1.toString(),
        good.toString(), "-o", output.toString());

    assertThat(exit).isEqualTo(ExitCode.INPUTS_SKIPPED.code());
    assertThat(err.toString().lines().filter(line -> line.startsWith("bitext: skipped")))
        .containsExactly(
            "bitext: skipped " + missing + ": no such file or directory",
            "bitext: skipped " + emptyDir + ": directory holds no readable article files"
                + " (.bz2, .markdown, .md, .mediawiki, .text, .txt, .wiki, .wikitext, .xml)",
            "bitext: skipped " + empty + ": empty file",
            "bitext: skipped " + latin1 + ": not valid UTF-8 (bad byte sequence near byte 3); convert it to UTF-8");
    assertThat(output.resolve("good.tmx")).exists();
    assertThat(output.resolve("empty.tmx")).doesNotExist();
  }

  @Test
  void takesTheFormatFromTheOutputsExtensionOrFromFormat() throws Exception {
    String seeds = TestFiles.SEED.getParent().toString();
    assertThat(bitext("align", seeds, "-o", folder.resolve("all.tsv").toString())).isZero();
    assertThat(Files.readAllLines(folder.resolve("all.tsv"))).hasSize(3).first().asString().startsWith("score\t");
    assertThat(bitext("align", seeds, "-o", folder.resolve("corpus.moses").toString())).isZero();
    assertThat(Files.readAllLines(folder.resolve("corpus.en"))).hasSize(2);
    assertThat(Files.readAllLines(folder.resolve("corpus.zh"))).hasSize(2);
    assertThat(bitext("align", seeds, "-o", folder.resolve("per-input") + "/", "--format", "jsonl")).isZero();
    assertThat(Files.readAllLines(folder.resolve("per-input/000_981c4c21a77e9e1d.jsonl"))).hasSize(2)
        .allMatch(line -> line.startsWith("{\"translation\":{\"en\":"));
  }

  @Test
  void rejectsAFormatThatContradictsTheOutputsExtension() {
    assertThat(bitext("align", "seeds", "-o", folder.resolve("all.tsv").toString(), "--format", "jsonl"))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains("--format jsonl does not match the output's extension");
  }

  @Test
  void failsWhenNothingCanBeRead() {
    assertThat(bitext("align", folder.resolve("missing").toString(), "-o", folder.toString()))
        .isEqualTo(ExitCode.FAILED.code());
  }

  @Test
  void rejectsABadCommandLineWithUsage() {
    assertThat(bitext("align", "seeds")).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains("Missing required option: '--output=OUT'");
    assertThat(bitext("align", "seeds", "-o", "x/", "--min-score", "2")).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void namesAnOutputThatCannotBeCreatedAndWhy() {
    assertThat(bitext("align", TestFiles.SEED.toString(), "-o", "/proc/x.tmx")).isEqualTo(ExitCode.FAILED.code());
    assertThat(err.toString()).startsWith("bitext: /proc/x.tmx: cannot write: /proc/.x.tmx.journal: ");
  }

  /** Every option of every command, as the command itself declares them, is in its help, with its description. */
  @Test
  void helpDocumentsEveryOptionOfEveryCommandAndTheExitCodes() {
    CommandLine root = new CommandLine(new BitextCommand());
    for (CommandLine command : root.getSubcommands().values()) {
      String name = command.getCommandName();
      if (name.equals("help")) {
        continue;
      }
      StringWriter help = new StringWriter();
      assertThat(BitextCommand.execute(new PrintWriter(help, true), new PrintWriter(err, true), name, "--help"))
          .isEqualTo(0);
      // Help wraps lines: compare with white space collapsed.
      String shown = help.toString().replaceAll("\\s+", " ");
      for (OptionSpec option : command.getCommandSpec().options()) {
        String description = String.join(" ", option.description()).replaceAll("\\s+", " ").split("\\$\\{")[0];
        // A negatable option is shown as --[no-]name.
        String shownName = option.negatable() ? option.longestName().replaceFirst("^--", "--[no-]")
            : option.longestName();
        assertThat(shown).as(name + " " + option.longestName())
            .contains(shownName)
            .contains(description.substring(0, Math.min(40, description.length())));
      }
      assertThat(shown).as(name).contains("Exit codes:");
      for (ExitCode code : ExitCode.values()) {
        assertThat(shown).as(name).contains(code.meaning());
      }
    }
  }
}
