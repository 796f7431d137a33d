package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.find.LineUp.LineGroup;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

/** Runs of verse lined up by the document aligner: stanzas left out are skipped, a line split in two is one group. */
class DocumentLineUpTest {
  private final DocumentLineUp lineUp = new DocumentLineUp(TestLexicon.get());

  private static String shown(LineGroup group) {
    return "en " + group.englishStart() + "-" + group.englishEnd() + " : zh " + group.chineseStart() + "-"
        + group.chineseEnd();
  }

  /**
   * From zhwiki 共和國戰歌: the Chinese renders the first and fourth stanzas only. The aligner merges the stanza left
   * out into the next line's bead rather than leave four lines unaligned; a group of so many lines is no line of
   * verse, and is not given.
   */
  @Test
  void aStanzaTheChineseLeavesOutIsInNoGroup() {
    List<String> english = List.of(
        "Mine eyes have seen the glory of the coming of the Lord:",
        "He is trampling out the vintage where the grapes of wrath are stored;",
        "He hath loosed the fateful lightning of His terrible swift sword:",
        "His truth is marching on.",
        "I have seen Him in the watch-fires of a hundred circling camps,",
        "They have builded Him an altar in the evening dews and damps;",
        "I can read His righteous sentence by the dim and flaring lamps:",
        "His day is marching on.",
        "He has sounded forth the trumpet that shall never call retreat;",
        "He is sifting out the hearts of men before His judgment-seat:",
        "Oh, be swift, my soul, to answer Him! be jubilant, my feet!",
        "Our God is marching on.");
    List<String> chinese = List.of(
        "我的眼睛已經看見主降臨的大光榮，",
        "祂在踏盡含忿怒的一切不良葡萄種；",
        "祂而抽出祂的怒劍發出雷電聲隆隆，",
        "祂的真理正進行！",
        "祂而吹起號角聲音催我只向前奮進；",
        "祂在祂的審判座前細察世界萬人心，",
        "我的靈快快響應祂我雙足雀躍歡欣；",
        "祂的真理正進行！");
    assertThat(lineUp.lineUp(english, chinese).groups()).extracting(DocumentLineUpTest::shown)
        .contains("en 0-1 : zh 0-1", "en 3-4 : zh 3-4", "en 9-10 : zh 5-6", "en 10-11 : zh 6-7")
        .noneMatch(group -> group.matches("en [4-7]-.*"));
    assertThat(lineUp.lineUp(english, chinese).shownToTranslate()).isTrue();
  }

  /** From the same song: the Chinese splits each line of the fifth stanza in two. */
  @Test
  void aLineTheChineseSplitsInTwoIsOneGroup() {
    List<String> english = List.of(
        "In the beauty of the lilies Christ was born across the sea,",
        "With a glory in His bosom that transfigures you and me:",
        "As He died to make men holy, let us die to make men free,");
    List<String> chinese = List.of("海的那邊耶穌降生，", "美麗正如百合花；", "並懷含著無限光榮，", "改變我們都像祂；",
        "他曾死使人得聖潔，", "我願捨身為自由，");
    assertThat(lineUp.lineUp(english, chinese).groups()).extracting(DocumentLineUpTest::shown)
        .contains("en 0-1 : zh 0-2");
  }

  /** From zhwiki 数学: a bibliography, then a list of prizes; side by side, and not a translation. */
  @Test
  void runsThatDoNotTranslateEachOtherAreNotShownToTranslate() {
    List<String> english = List.of(
        "Boyer, Carl B., A History of Mathematics, Wiley; 2 edition (March 6, 1991).",
        "Courant, R. and H. Robbins, What Is Mathematics? : An Elementary Approach to Ideas and Methods.",
        "Davis, Philip J. and Hersh, Reuben, The Mathematical Experience. Mariner Books.");
    List<String> chinese = List.of(
        "菲尔兹奖，由国际数学联盟的国际数学家大会颁发的奖项。",
        "沃尔夫奖，由沃尔夫基金会颁发，该基金会于1976年在以色列创立。",
        "阿贝尔奖，由挪威国王颁发，每年一次。");
    assertThat(lineUp.lineUp(english, chinese).shownToTranslate()).isFalse();
  }
}
