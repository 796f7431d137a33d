package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The speaker a reporting clause names before a quotation. */
class SpeakerFinderTest {
  private static Optional<String> speaker(String sentence) {
    return SpeakerFinder.find(sentence, 0, sentence.indexOf('「'));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "总统季比洛夫向俄罗斯通讯社表示，「我相信……」|季比洛夫",
      "南奥塞梯驻俄罗斯大使表示：「……」|南奥塞梯驻俄罗斯大使",
      "马丁·路德·金说：「我有一个梦想。」|马丁·路德·金",
      "1963年，林肯在演讲中说：「……」|林肯",
  })
  void namesTheSubjectOfTheSpeechVerbWithoutItsTitle(String sentence, String expected) {
    assertThat(speaker(sentence)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "他表示：「……」",
      "这座城市被称为「……」",
      "「……」",
  })
  void aPronounOrNoSpeechVerbNamesNobody(String sentence) {
    assertThat(speaker(sentence)).isEmpty();
  }
}
