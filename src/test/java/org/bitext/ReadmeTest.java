package org.bitext;

import org.bitext.testing.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README stays true: its TMX example is what the main command writes. */
class ReadmeTest {
  @Test
  void tmxExampleLinesAppearInTheCommittedAlignments() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```xml\n") + "```xml\n".length();
    List<String> example = readme.substring(start, readme.indexOf("```", start)).lines()
        .filter(line -> !line.strip().equals("…"))
        .toList();
    String tmx = Files.readString(TestFiles.ALIGNMENTS.resolve("000_981c4c21a77e9e1d.tmx"));
    assertThat(example).hasSizeGreaterThan(10);
    assertThat(example).allSatisfy(line -> assertThat(tmx).contains(line + "\n"));
  }
}
