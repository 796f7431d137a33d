package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void readsChineseNumeralsAsNumbersAndDigitByDigit() {
    assertThat(Numbers.inChinese("八一七公報")).contains(817L);
    assertThat(Numbers.inChinese("二十三人，一千九百年，三萬元")).contains(23L, 1900L, 30000L);
    assertThat(Numbers.inChinese("第二四开本（1,604年）")).contains(1604L, 24L);
  }

  @Test
  void readsEnglishNumeralsAndNumberWordsButNotThePronounOne() {
    assertThat(Numbers.inEnglish("the August 17 Communiqué, Six Assurances")).containsOnly(17L, 6L);
    assertThat(Numbers.inEnglish("the question was one to be decided")).isEmpty();
  }

  @Test
  void countsAgreementOnlyWhenTheEnglishStatesANumber() {
    assertThat(Scorer.numberAgreement("八一七公報的內容", "the August 17 Communiqué")).hasValueSatisfying(
        evidence -> assertThat(evidence.value()).isEqualTo(1.0));
    assertThat(Scorer.numberAgreement("六項保證", "Seven Assurances")).hasValueSatisfying(
        evidence -> assertThat(evidence.value()).isEqualTo(0.0));
    assertThat(Scorer.numberAgreement("二十三人", "Turing test")).isEmpty();
  }
}
