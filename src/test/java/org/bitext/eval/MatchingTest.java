package org.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What strict matching compares: each side less its edges, English case-folded, Chinese less its stray spaces. */
class MatchingTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`请您把真正的智慧， 赏赐给我们的领袖。`|请您把真正的智慧，赏赐给我们的领袖",
      "「我们会赢」|我们会赢",
      "`RX-78 高达`|RX-78高达",
      "`AMX  102 型`|AMX 102型",
  })
  void chineseReadsTheSameWithOrWithoutSpacesBesideItsCharacters(String text, String normalised) {
    assertThat(Matching.normalise(text, false)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`“We will win.”`|we will win",
      "`Jamaica,  land we love`|`jamaica,  land we love`",
  })
  void englishIsCaseFoldedAndTrimmedAtItsEdges(String text, String normalised) {
    assertThat(Matching.normalise(text, true)).isEqualTo(normalised);
  }
}
