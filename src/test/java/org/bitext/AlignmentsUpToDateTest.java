package org.bitext;

import org.bitext.testing.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bitext.cli.BitextCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alignments/} holds exactly what the README's main command makes of {@code seeds/}. */
class AlignmentsUpToDateTest {
  @Test
  void regeneratingAlignmentsGivesTheCommittedFilesByteForByte(@TempDir Path folder) throws Exception {
    Path fresh = folder.resolve("alignments");
    int exit = BitextCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "align", "seeds", "-o", fresh + "/");
    assertThat(exit).isZero();
    assertThat(names(fresh)).isEqualTo(names(TestFiles.ALIGNMENTS));
    for (String name : names(fresh)) {
      String stale = "alignments/" + name + " is stale: regenerate it with the README's main command";
      // Text first, for a readable diff; then bytes, for what the promise is about.
      assertThat(Files.readString(fresh.resolve(name))).as(stale)
          .isEqualTo(Files.readString(TestFiles.ALIGNMENTS.resolve(name)));
      assertThat(Files.readAllBytes(fresh.resolve(name))).as(stale)
          .isEqualTo(Files.readAllBytes(TestFiles.ALIGNMENTS.resolve(name)));
    }
  }

  @Test
  void committedAlignmentsAreDtdValidAndReadByOkapi() throws Exception {
    for (String name : names(TestFiles.ALIGNMENTS)) {
      Path tmx = TestFiles.ALIGNMENTS.resolve(name);
      assertThat(org.bitext.corpus.TmxChecks.dtdErrors(tmx)).isEmpty();
      assertThat(org.bitext.corpus.TmxChecks.okapiUnits(tmx, "en-US", "zh-CN")).hasSize(2);
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
