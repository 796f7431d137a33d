package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, run as a user runs it: {@code java -jar target/bitext.jar align seeds -o …/}. */
class PackagedJarIT {
  @Test
  void mainCommandReproducesAlignmentsWithoutLoadingCoreNlp(@TempDir Path folder) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = folder.resolve("alignments");
    Path log = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(java.toString(), "-jar", "target/bitext.jar", "align", "seeds", "-o",
        output + "/")
        .redirectError(log.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(log)).contains("word segmenter not needed");
    Path name = Path.of("000_981c4c21a77e9e1d.tmx");
    assertThat(Files.readAllBytes(output.resolve(name)))
        .isEqualTo(Files.readAllBytes(TestFiles.ALIGNMENTS.resolve(name)));
  }

  @Test
  void helpRunsFromTheJar() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", "target/bitext.jar", "--help")
        .redirectErrorStream(true).start();
    String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(help).contains("align", "Exit codes:");
  }
}
