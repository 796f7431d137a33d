package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseSideTest {
  @Test
  void dropsListGlueAndLeadingJunk() {
    assertThat(ChineseSide.tidy("// 命令式")).isEqualTo("命令式");
    assertThat(ChineseSide.tidy("蓋茲堡國家公墓﹔及")).isEqualTo("蓋茲堡國家公墓");
  }

  @Test
  void unwrapsATitleThatIsTheWholeSpan() {
    assertThat(ChineseSide.tidy("《彼得原理》")).isEqualTo("彼得原理");
    assertThat(ChineseSide.tidy("《台灣關係法》與《六項保證》")).isEqualTo("《台灣關係法》與《六項保證》");
  }

  @Test
  void joinsTwoLinesOfVerseAsChineseJoinsWithoutASpace() {
    assertThat(ChineseSide.tidy("静享天赐安眠，\n  静享天赐安眠。")).isEqualTo("静享天赐安眠，静享天赐安眠。");
  }
}
