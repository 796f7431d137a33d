package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers stream: 300,000 pairs (about 100 MB of TMX) are written in a child JVM whose heap is capped at 32 MB,
 * less than the output, so memory cannot be growing with the number of pairs.
 */
class StreamingWritersIT {
  private static final int PAIRS = 300_000;

  @TempDir
  Path folder;

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void writesFarMorePairsThanTheHeapCouldHold(OutputFormat format) throws Exception {
    Path target = folder.resolve("many" + format.extension());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        WriteManyPairs.class.getName(), format.name(), target.toString(), Integer.toString(PAIRS))
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    Path written = format == OutputFormat.MOSES ? folder.resolve("many.en")
        : format == OutputFormat.HF ? target.resolve(HfDatasetWriter.DATA_FILE) : target;
    long size = format == OutputFormat.MOSES ? Files.size(written) + Files.size(folder.resolve("many.zh"))
        : Files.size(written);
    assertThat(size).isGreaterThan(32L << 20);
    try (var lines = Files.lines(written)) {
      long expected = format == OutputFormat.TMX ? PAIRS : format == OutputFormat.TSV ? PAIRS + 1 : PAIRS;
      assertThat(format == OutputFormat.TMX ? lines.filter(l -> l.startsWith("    <tu ")).count() : lines.count())
          .isEqualTo(expected);
    }
  }
}
