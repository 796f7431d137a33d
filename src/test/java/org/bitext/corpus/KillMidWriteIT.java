package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL in the middle of writing leaves, under the final name, the previous complete file or
 * nothing: never a torn one. The child writes millions of pairs and is killed once its temporary file has grown.
 */
class KillMidWriteIT {
  @TempDir
  Path folder;

  private Process startWriting(OutputFormat format, Path target) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        WriteManyPairs.class.getName(), format.name(), target.toString(), "20000000")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until a temporary file in the folder holds a few megabytes, then kills the child outright. */
  private void killMidWrite(Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive() && temporaryBytes() < (4 << 20)) {
      Thread.sleep(20);
    }
    assertThat(child.isAlive()).as("the child was still writing when killed").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);
  }

  private long temporaryBytes() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("."))
          .mapToLong(f -> f.toFile().length()).sum();
    }
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"TMX", "JSONL", "TSV"})
  void leavesThePreviousCompleteFile(OutputFormat format) throws Exception {
    Path target = folder.resolve("out" + format.extension());
    Files.writeString(target, "previous complete output\n");
    killMidWrite(startWriting(format, target));
    assertThat(Files.readString(target)).isEqualTo("previous complete output\n");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"TMX", "MOSES"})
  void leavesNothingWhenThereWasNothing(OutputFormat format) throws Exception {
    Path target = folder.resolve("fresh" + format.extension());
    killMidWrite(startWriting(format, target));
    assertThat(target).doesNotExist();
    assertThat(folder.resolve("fresh.en")).doesNotExist();
    assertThat(folder.resolve("fresh.zh")).doesNotExist();
  }
}
