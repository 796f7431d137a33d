package org.bitext.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTitlesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Scream (1996 film)|Scream",
      "Space Shuttle#Orbiter|Space Shuttle",
      "Animal_Crackers (1930 film)|Animal Crackers",
      "Gertrude_(Hamlet)|Gertrude",
      "(I Can't Get No) Satisfaction|(I Can't Get No) Satisfaction",
      "Brown v. Board of Education|Brown v. Board of Education",
      "#top|#top",
  })
  void theEnglishIsTheTitleTheReaderTakes(String target, String title) {
    assertThat(ArticleTitles.english(target)).isEqualTo(title);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "帕特·威爾士 (女演員)|帕特·威爾士",
      "特里（狗）|特里",
      "大憲章|大憲章",
      "（單位）|（單位）",
  })
  void theChineseLosesItsDisambiguation(String shown, String name) {
    String text = "由" + shown + "主演";
    Span span = ArticleTitles.chinese(text, new Span(1, 1 + shown.length()));
    assertThat(text.substring(span.start(), span.end())).isEqualTo(name);
  }
}
