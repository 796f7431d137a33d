package org.bitext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lexicon compiled at build time is the bundled CC-CEDICT text, parsed, entry for entry. */
class LexiconFileTest {
  private static Lexicon parsed;

  @BeforeAll
  static void parseText() throws IOException {
    parsed = Lexicon.loadText();
  }

  @Test
  void theBuildCompiledTheLexiconAndLoadReadsIt() {
    assertThat(Lexicon.class.getResource(LexiconFile.RESOURCE))
        .as("the build's compile-lexicon step wrote %s", LexiconFile.RESOURCE).isNotNull();
    assertSame(TestLexicon.get(), parsed);
  }

  @Test
  void writingAndReadingKeepsEveryEntryAndTheOrderOfGlosses() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LexiconFile.write(parsed, bytes);
    assertSame(LexiconFile.read(new ByteArrayInputStream(bytes.toByteArray())), parsed);
  }

  @Test
  void theFileIsTheSameOnEveryBuild() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    LexiconFile.write(parsed, first);
    LexiconFile.write(Lexicon.loadText(), second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
  }

  @Test
  void aFileOfAnotherFormatIsRefusedByName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF("bitext lexicon 0");
    assertThatThrownBy(() -> LexiconFile.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("bitext lexicon 0").hasMessageContaining("rebuild");
  }

  private static void assertSame(Lexicon actual, Lexicon expected) {
    assertThat(actual.glosses()).hasSize(expected.glosses().size()).containsExactlyInAnyOrderEntriesOf(
        expected.glosses());
    assertThat(actual.readings()).isEqualTo(expected.readings());
    assertThat(actual.simplified()).isEqualTo(expected.simplified());
    assertThat(actual.commonWords()).isEqualTo(expected.commonWords());
    assertThat(actual.wordsIn("顿涅茨克人民共和国的承认是正确的一步")).isEqualTo(
        expected.wordsIn("顿涅茨克人民共和国的承认是正确的一步"));
  }
}
