package org.bitext;

import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.Extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.source.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Each way zhwiki prose embeds an English original, and each thing that must not be paired, on real sentences
 * (zhwiki and the sample corpus; a few shortened). Boundaries here are fixed by markup and punctuation, so the word
 * segmenter must not be needed; {@code CoreNlpWordSegmenterIT} covers the boundaries that need it.
 */
class PatternsTest {
  @Test
  void pairsAQuoteWithItsOriginalInCornerBracketsAndAsciiQuotes() {
    assertThat(Extract.wikitext("他說：『我們終將勝利』（\"We shall overcome\"）。"))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("我們終將勝利", "We shall overcome"));
  }

  @Test
  void pairsATermInCurlyQuotesWithTheEnglishAfterIt() {
    assertThat(Extract.wikitext("大部分第三方顯示卡廠商都有推出“公版”（Reference）和“非公版”（Non-Reference）顯示卡。"))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("公版", "Reference"), tuple("非公版", "Non-Reference"));
  }

  @Test
  void pairsEachOriginalWhenSeveralShareOneQuote() {
    assertThat(Extract.wikitext("林肯說：「為人民服務的（of the people）,被人民選出的（ by the people）,"
        + "為人民謀福利的（for the people）政府永世長存」。"))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("為人民服務的", "of the people"), tuple("被人民選出的", "by the people"),
            tuple("為人民謀福利的", "for the people"));
  }

  @Test
  void readsTheEnglishFromLangTemplatesAfterABoldTerm() {
    assertThat(Extract.wikitext("'''天下女人'''（{{lang|en|Her Village}}）是一個談話節目。\n"
        + "'''另類事實'''（{{lang-en|alternative facts}}）是總統顧問所用的詞語。"))
        .extracting(Pair::chinese, Pair::english, Pair::kind)
        .containsExactly(tuple("天下女人", "Her Village", PairKind.TERM),
            tuple("另類事實", "alternative facts", PairKind.TERM));
  }

  /** A count before a unit is the quantity, not the term, when the English gives none. */
  @Test
  void aCountBeforeATermIsNotPartOfIt() {
    assertThat(Extract.pairs("*1 液量打兰（fluid dram）= 3 液量吩\n*= 1/16 盎司（ounce）", SourceFormat.WIKITEXT,
        new CharacterSegmenter()))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("液量打兰", "fluid dram"), tuple("盎司", "ounce"));
  }

  /** A long title-cased English is a name or title, so the term before it is taken, not a run of clauses. */
  @Test
  void aLongTitleCasedEnglishIsATerm() {
    assertThat(Extract.wikitext("1668年英國神職人員約翰·威爾金斯在《論正真的文字和哲學語言》"
        + "（An Essay towards a Real Character and a Philosophical Language）中提出十進制單位。"))
        .extracting(Pair::chinese, Pair::english, Pair::kind)
        .containsExactly(tuple("論正真的文字和哲學語言", "An Essay towards a Real Character and a Philosophical Language",
            PairKind.TERM));
  }

  @Test
  void acceptsAsciiParenthesesWithSpacesAndCurlyQuotesInside() {
    assertThat(Extract.wikitext("'''图灵测试''' (Turing test) 是一個思想實驗。「生存还是毁灭，这是一个值得考虑的问题"
        + "（“To be or not to be, that is the question.”）」"))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("图灵测试", "Turing test"),
            tuple("生存还是毁灭，这是一个值得考虑的问题", "To be or not to be, that is the question."));
  }

  @Test
  void leavesListGlueOutOfBothSides() {
    assertThat(Extract.wikitext("# 美國未同意對台軍售設定期限（We did not agree to set a date certain for ending arms "
        + "sales to Taiwan; and）﹔及\n# 美國並無計劃修改台灣關係法（We have no plans to seek revisions to the Taiwan "
        + "Relations Act;）﹔"))
        .extracting(Pair::chinese, Pair::english, Pair::kind)
        .containsExactly(
            tuple("美國未同意對台軍售設定期限", "We did not agree to set a date certain for ending arms sales to Taiwan",
                PairKind.SENTENCE),
            tuple("美國並無計劃修改台灣關係法", "We have no plans to seek revisions to the Taiwan Relations Act",
                PairKind.SENTENCE));
  }

  @Test
  void pairsTheSentenceAnExplicitMarkerAnnotates() {
    assertThat(Extract.pairs("cargo 通过此处指定的环境变量为脚本提供输入。（英文原文：Cargo provides the script with "
        + "inputs via environment variables.）", SourceFormat.MARKDOWN))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("cargo 通过此处指定的环境变量为脚本提供输入。",
            "Cargo provides the script with inputs via environment variables."));
  }

  @Test
  void dropsAChineseGlossAfterTheEnglish() {
    assertThat(Extract.wikitext("會議達成了[[五分之三妥協]]（three-fifths compromise，每位黑奴按五分之三個人計算）。"))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("五分之三妥協", "three-fifths compromise"));
  }

  @Test
  void dropsAnAbbreviationBeforeOrAfterTheEnglish() {
    assertThat(Extract.pairs("1. **领域专用语言**（DSL，domain-specific language）。\n"
        + "2. **讓美國再次偉大**（Make America Great Again，縮寫：MAGA）", SourceFormat.MARKDOWN))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("领域专用语言", "domain-specific language"),
            tuple("讓美國再次偉大", "Make America Great Again"));
  }

  @Test
  void pairsInterlanguageLinkTemplatesAsTerms() {
    assertThat(Extract.wikitext("玩家可以操控{{link-en|塔拉斯卡城邦| Tarascan state}}和{{le|亞述志願軍|Assyrian "
        + "volunteers}}。"))
        .extracting(Pair::chinese, Pair::english, Pair::kind)
        .containsExactly(tuple("塔拉斯卡城邦", "Tarascan state", PairKind.TERM),
            tuple("亞述志願軍", "Assyrian volunteers", PairKind.TERM));
  }

  @Test
  void pairsABilingualBlockOfAQuotedLineAndItsOriginal() {
    assertThat(Extract.wikitext("羅斯福在就職演說中說：\n:『我們唯一需要恐懼的就是恐懼本身。』\n"
        + ":\"The only thing we have to fear is fear itself.\""))
        .extracting(Pair::chinese, Pair::english)
        .containsExactly(tuple("我們唯一需要恐懼的就是恐懼本身。", "The only thing we have to fear is fear itself."));
  }

  @Test
  void doesNotPairAdjacentLinesThatDoNotTranslateEachOther() {
    assertThat(Extract.wikitext(":Be all my sins remember'd.\n:第一四开本是哈姆雷特最早的版本，被认为是剧院演出时抄写的版本。\n"
        + "* HyperHamlet - research project at the University of Basel\n* 臺大圖書館數位學習網：從莎士比亞開始"))
        .isEmpty();
  }

  @Test
  void doesNotPairEnglishThatOnlyACitationHolds() {
    assertThat(Extract.wikitext("普希林呼吁南奥塞梯总统承认顿涅茨克人民共和国的独立<ref>{{cite web |title=Donetsk "
        + "People's Republic asks S Ossetia to recognize its independence |url=http://example.org/a}}</ref>。"))
        .isEmpty();
  }

  @Test
  void doesNotPairOriginalsInOtherLanguages() {
    assertThat(Extract.wikitext("狄德羅說：「如果他們發現一隻鸚鵡可以回答一切問題，我會毫不猶豫宣布它是聰明的。」（Si on "
        + "trouvait un perroquet qui répondît à tout, je prononcerais sans balancer que c'est un être pensant.）\n"
        + "'''羅什'''（{{lang-fr|Roches}}，{{IPA-fr|ʁɔʃ}}）是瑞士的一個市镇。\n"
        + "数学一詞源自於古希臘語的μάθημα（máthēma），其有學習之意。"))
        .isEmpty();
  }

  @Test
  void doesNotPairAcronymsDatesCodesOrLatinWords() {
    assertThat(Extract.wikitext("[[验证码]]（CAPTCHA）是一種反向圖靈測試。參照第二四开本（Q2, 1604-1605）校订。"
        + "慶明璽武（RGM-79N GM Custom）登場。由老牌银幕偶像Alexandre（Jean-Pierre Aumont）主演。"))
        .isEmpty();
  }

  @Test
  void doesNotPairChineseQuotesWithoutAnOriginal() {
    assertThat(Extract.wikitext("托德回应“另类事实不是事实，而是虚假。”康威则说「不要對這件事過度戲劇化渲染」。"))
        .isEmpty();
  }
}
