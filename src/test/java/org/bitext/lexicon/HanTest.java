package org.bitext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Han characters, and when a text is Chinese prose rather than English with a Chinese word in it. */
class HanTest {
  @Test
  void countsHanCodePointsOutsideTheBmpToo() {
    assertThat(Han.count("季比洛夫 Tibilov 𠀀")).isEqualTo(5);
  }

  @Test
  void chineseProseHasAtLeastOneHanCharacterForEveryTwoLatinLetters() {
    assertThat(Han.isMostlyChinese("權寶英")).isTrue();
    assertThat(Han.isMostlyChinese("以Python編寫的程式")).isTrue();
    assertThat(Han.isMostlyChinese("使用Python")).isFalse();
    assertThat(Han.isMostlyChinese("the 鐵 Lady")).isFalse();
    assertThat(Han.isMostlyChinese("Iron Lady")).isFalse();
  }
}
