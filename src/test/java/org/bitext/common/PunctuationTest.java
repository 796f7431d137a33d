package org.bitext.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {
  @Test
  void sentenceAndClauseBoundaries() {
    assertThat("。！？".chars().allMatch(c -> Punctuation.isChineseSentenceEnd((char) c))).isTrue();
    assertThat(Punctuation.isChineseSentenceEnd('.')).isFalse();
    assertThat(".!?".chars().allMatch(c -> Punctuation.isLatinSentenceEnd((char) c))).isTrue();
    assertThat("，,；;：:、".chars().allMatch(c -> Punctuation.isClauseBoundary((char) c))).isTrue();
    assertThat(Punctuation.isClauseBoundary('。')).isFalse();
    assertThat(Punctuation.endsClause('。')).isTrue();
    assertThat(Punctuation.endsClause('「')).isFalse();
  }

  @Test
  void bracketsPairChineseAndEnglishPunctuation() {
    assertThat("「『“‘﹁﹃｢".chars().allMatch(c -> Brackets.isQuoteOpener((char) c))).isTrue();
    assertThat("」』”’﹂﹄｣".chars().allMatch(c -> Brackets.isQuoteCloser((char) c))).isTrue();
    assertThat(Brackets.isOpener('《')).isTrue();
    assertThat(Brackets.isCloser('》')).isTrue();
    assertThat(Brackets.isParenOpener('（') && Brackets.isParenOpener('(')).isTrue();
    assertThat(Brackets.isParenOpener('《')).isFalse();
  }
}
