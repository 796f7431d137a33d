package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bitext.testing.SyntheticDump;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command on a multistream dump, stopped by SIGKILL and then by SIGINT (Ctrl-C) part way, and started
 * again each time with the same command line: the last run continues from where the others stopped and leaves
 * the bytes an uninterrupted run writes, and no temporary file.
 */
class ResumeAfterKillIT {
  private static final String DUMP_NAME = "zhwiki-kill-pages-articles";
  /** A checkpoint line as journal format 2 writes it, read from outside as a user's script would. */
  private static final Pattern CHECKPOINT = Pattern.compile("\\{\"record\":\"checkpoint\",\"units\":(\\d+),");

  @TempDir
  Path folder;

  private Path buildDump() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path file : TestFiles.sampleAndDevWikitext()) {
      texts.add(Files.readString(file));
    }
    return new SyntheticDump(texts, 40).writeMultistream(folder, DUMP_NAME, 25);
  }

  private Process align(Path dump, Path output, String log) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx2g", "-jar", "target/bitext.jar", "align", dump.toString(),
        "-o", output.toString(), "--threads", "1", "--no-progress")
        .redirectError(folder.resolve(log).toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void finish(Process process) throws Exception {
    assertThat(process.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }

  /** The units of work the journal's last checkpoint counts, 0 before the first. */
  private static long checkpointed(Path journal) throws Exception {
    if (!Files.exists(journal)) {
      return 0;
    }
    long units = 0;
    for (String line : Files.readAllLines(journal)) {
      Matcher checkpoint = CHECKPOINT.matcher(line);
      if (checkpoint.lookingAt()) {
        units = Long.parseLong(checkpoint.group(1));
      }
    }
    return units;
  }

  /** Waits until the journal has checkpointed past {@code units}, then stops the run with {@code signal}. */
  private static long stopAfter(Process process, Path journal, long units, String signal) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (process.isAlive() && checkpointed(journal) <= units && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(process.isAlive()).as("the run was still going when stopped").isTrue();
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    return checkpointed(journal);
  }

  @Test
  void continuesAfterSigkillAndSigintAndWritesWhatAnUninterruptedRunWrites() throws Exception {
    Path dump = buildDump();
    Path whole = folder.resolve("whole").resolve("pairs.tmx");
    finish(align(dump, whole, "whole.log"));

    Path output = folder.resolve("out").resolve("pairs.tmx");
    Path journal = folder.resolve("out").resolve(".pairs.tmx.journal");
    long killedAt = stopAfter(align(dump, output, "killed.log"), journal, 0, "KILL");
    long interruptedAt = stopAfter(align(dump, output, "interrupted.log"), journal, killedAt, "INT");
    finish(align(dump, output, "resumed.log"));

    assertThat(killedAt).isPositive();
    assertThat(interruptedAt).isGreaterThan(killedAt);
    assertThat(Files.readString(folder.resolve("interrupted.log"))).contains("after " + killedAt + " unit(s)");
    assertThat(Files.readString(folder.resolve("resumed.log"))).contains("after " + interruptedAt + " unit(s)");
    assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(whole));
    try (Stream<Path> left = Files.list(output.getParent())) {
      assertThat(left.map(Path::getFileName).map(Path::toString)).containsExactly("pairs.tmx");
    }
  }
}
