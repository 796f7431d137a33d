package org.bitext.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Latin letters English is written in, and no others. */
class LatinTest {
  @Test
  void countsOnlyUnaccentedLatinLetters() {
    assertThat(Latin.count("Tibilov 季比洛夫 Ünal é 2022 ｆｕｌｌ")).isEqualTo(10);
    assertThat(Latin.isLetter('z')).isTrue();
    assertThat(Latin.isLetter('é')).isFalse();
    assertThat(Latin.isLetter('ａ')).isFalse();
  }
}
