package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.source.SourceFormat;
import org.bitext.testing.Extract;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.VocabularySegmenter;
import org.junit.jupiter.api.Test;

/** What the aligner makes of a candidate's span choices: the rule's choice, or a surer shorter span. */
class AlignerTest {
  /** The segmenter's cut: a name, a title and a kinship word before the name the English gives. */
  private static final VocabularySegmenter CAST = new VocabularySegmenter("与", "布兰德", "教授", "女儿", "艾蜜莉亚",
      "前往", "太空");

  private static List<String> chinese(String wikitext) {
    return Extract.pairs(wikitext, SourceFormat.WIKITEXT, CAST).stream().map(Pair::chinese).toList();
  }

  /**
   * From zhwiki 星际穿越: segmentation leaves 布蘭德教授女兒 before the name; the model doubts it, and 艾蜜莉亞 alone
   * gives Amelia.
   */
  @Test
  void aDoubtedSpanGivesWayToTheShorterSpanThatKeepsWhatTheEnglishNames() {
    assertThat(chinese("庫珀與布蘭德教授女兒艾蜜莉亞（Amelia）前往太空。")).containsExactly("艾蜜莉亞");
  }

  /** A shorter span must keep every English word the longer one accounts for, and account for one. */
  @Test
  void aShorterSpanKeepsWhatTheEnglishNames() {
    LexicalCoverage coverage = new LexicalCoverage(TestLexicon.get());
    assertThat(Aligner.keepsWhatTheEnglishNames(coverage, "布兰德教授女儿艾蜜莉亚", "艾蜜莉亚", "Amelia")).isTrue();
    assertThat(Aligner.keepsWhatTheEnglishNames(coverage, "哈佛大学", "大学", "Harvard University"))
        .as("大学 loses Harvard").isFalse();
    assertThat(Aligner.keepsWhatTheEnglishNames(coverage, "曼恩博士", "恩博士", "Dr. Mann"))
        .as("恩博士 loses Mann").isFalse();
    assertThat(Aligner.keepsWhatTheEnglishNames(coverage, "永恆號", "恆號", "Endurance"))
        .as("accounts for nothing").isFalse();
    assertThat(Aligner.keepsWhatTheEnglishNames(coverage, "太空船號", "號", "Ship")).as("one character").isFalse();
  }

  /** From zhwiki 哈姆雷特: quotation marks fix the term a footnote's name glosses, so a word of each side will do. */
  @Test
  void aQuotedTermTakesTheNameInItsFootnoteOnAWordOfEachSide() {
    assertThat(chinese("第一个印刷本是所谓“坏四开本”<ref>''Bad Quarto''</ref>，是个盗版。")).containsExactly("坏四开本");
    assertThat(chinese("第一个印刷本是所谓坏四开本<ref>''Bad Quarto''</ref>，是个盗版。")).isEmpty();
  }

  /** From zhwiki 挑战者号航天飞机灾难: a quotation template holding a quote in both languages holds a loose rendering. */
  @Test
  void aBlockQuotationOfTwoLinesNeedsOnlyAWordOfEachSide() {
    String chinese = "我们永远缅怀他们，我们不会忘记今晨最后看到他们的情景。他们整装待发，向我们挥手致意，"
        + "然后脱离了大地执拗的束缚飞上天际，亲近上帝慈爱的面容。";
    String english = "We will never forget them, nor the last time we saw them, this morning, as they prepared for "
        + "their journey and waved goodbye and 'slipped the surly bonds of Earth' to 'touch the face of God.'";
    assertThat(chinese("{{Cquote|" + chinese + "<br />\n" + english + "}}")).containsExactly(chinese);
    assertThat(chinese(":" + chinese + "\n:" + english)).as("two indented lines of no quotation").isEmpty();
  }

  /** From zhwiki 好奇害死猫: a line labelled as the translation (中譯：) pairs with the quotation before it, bullet or not. */
  @Test
  void aLabelledTranslationPairsWithTheLineBeforeItOnAWordOfEachSide() {
    String english = "{{Cquote|''It is said that \"a cat has nine lives,\" yet care would wear them all out.''}}\n";
    assertThat(chinese(english + "* 中譯：據說貓有九條命，但即使如此，悲傷仍會把牠們搞死。"))
        .containsExactly("據說貓有九條命，但即使如此，悲傷仍會把牠們搞死。");
    assertThat(chinese(english + "* 據說貓有九條命，但即使如此，悲傷仍會把牠們搞死。")).as("no label").isEmpty();
  }
}
