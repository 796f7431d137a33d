package org.bitext.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.WikitextCleaner;
import org.bitext.segment.SentenceSplitter;
import org.bitext.testing.TestFinder;
import org.junit.jupiter.api.Test;

/** Candidates in clean text: the English, where it is, the Chinese region beside it and how it was found. */
class CandidateFinderTest {
  /** Each candidate as {@code pattern | english | chinese region | fixed or open}. */
  private static List<String> find(String wikitext) {
    CleanText clean = new WikitextCleaner().clean(wikitext);
    List<Candidate> candidates = TestFinder.get().find(clean, new SentenceSplitter().split(clean));
    return candidates.stream().map(candidate -> candidate.pattern().label() + " | " + candidate.english() + " | "
        + clean.slice(candidate.chinese().start(), candidate.chinese().end()) + " | "
        + (candidate.boundaryFixed() ? "fixed" : "open")).toList();
  }

  @Test
  void aParenthesisInsideAQuoteRendersTheQuote() {
    assertThat(find("总统季比洛夫表示，「我相信承认是正确的一步（I believe the recognition is the right step,）」。"))
        .containsExactly("paren-in-quote | I believe the recognition is the right step, | 我相信承认是正确的一步 | fixed");
  }

  @Test
  void aParenthesisAfterAQuoteRendersTheQuote() {
    assertThat(find("他说：「我们会赢。」（We will win.）"))
        .containsExactly("paren-after-quote | We will win. | 我们会赢。 | fixed");
  }

  @Test
  void englishFirstIsRenderedByTheChineseParenthesisAfterIt() {
    assertThat(find("乔布斯说：「Stay hungry, stay foolish」（求知若饥，虚心若愚）。口号为OCCUPY WALL STREET（占领华尔街），"
        + "'''Higgs boson'''（希格斯玻色子）。苹果公司（美国）"))
        .containsExactly("english-first | Stay hungry, stay foolish | 求知若饥，虚心若愚 | fixed",
            "english-first | OCCUPY WALL STREET | 占领华尔街 | fixed", "english-first | Higgs boson | 希格斯玻色子 | fixed");
  }

  @Test
  void aParenthesisAfterProseLeavesTheLeftBoundaryOpen() {
    assertThat(find("位于美國的威竣（VisionTek）公司。"))
        .containsExactly("paren-after-text | VisionTek | 位于美國的威竣 | open");
  }

  /** Punctuation and quotes fix a boundary here; markup (bold, links) is left to the span chooser, which sees marks. */
  @Test
  void boldLeavesTheBoundaryToTheSpanChooser() {
    assertThat(find("'''图灵测试'''（Turing test）是一种测试。"))
        .containsExactly("paren-after-text | Turing test | 图灵测试 | open");
  }

  @Test
  void anExplicitMarkerAndAnInterlanguageLinkAreCandidates() {
    assertThat(find("他说，我们会赢（英文原文：We will win.）。")).as("the region is the sentence before the marker")
        .containsExactly("explicit-marker | We will win. | 他说，我们会赢 | fixed");
    assertThat(find("他写道：「我们会赢。」（英文原文：We will win.）")).as("after a quote, the quote decides")
        .containsExactly("paren-after-quote | We will win. | 我们会赢。 | fixed");
    assertThat(find("由{{le|蓋茲堡國家公墓|Gettysburg National Cemetery}}管理。"))
        .containsExactly("interlanguage-link | Gettysburg National Cemetery | 蓋茲堡國家公墓 | fixed");
    assertThat(find("《{{tsl|en|Texas Monthly|德克萨斯月刊}}》的主编。{{tsl|de|Die Zeit|時代週報}}。"))
        .as("a translated link names the English article; one to another language's is prose")
        .containsExactly("interlanguage-link | Texas Monthly | 德克萨斯月刊 | fixed");
  }

  @Test
  void chineseAloneInParenthesesIsNoCandidate() {
    assertThat(find("他（生于1950年）说：「好。」")).isEmpty();
  }

  @Test
  void anOriginalInAFootnoteRendersTheQuoteBeforeIt() {
    assertThat(find("她说：「我们会赢。」<ref>原文：We will win.</ref>"))
        .containsExactly("footnote-original | We will win. | 我们会赢。 | fixed");
    assertThat(find("她说：「我们会赢」。{{efn|英文原文：We will win.}}"))
        .containsExactly("footnote-original | We will win. | 我们会赢 | fixed");
  }

  /** From zhwiki 不知之不知: the note stands on the word that introduces the quotation, before its colon. */
  @Test
  void anOriginalInAFootnoteBeforeAColonRendersTheQuotationAfterIt() {
    assertThat(find("他解釋<ref>原文為\"We will win.\"</ref>：\n{{cquote|我們會贏。}}\n下一段。"))
        .containsExactly("footnote-original | We will win. | 我們會贏。 | fixed");
    assertThat(find("他解釋<ref>原文：We will win.</ref>：「我們會贏。」他又說。"))
        .containsExactly("footnote-original | We will win. | 我們會贏。 | fixed");
    assertThat(find("他解釋<ref>原文：We will win.</ref>：我們會贏。")).as("no quotation after the colon")
        .containsExactly("footnote-original | We will win. | 他解釋 | open");
  }

  @Test
  void anOriginalInAFootnoteAfterProseLeavesTheSentenceToTheAligner() {
    assertThat(find("會後他表示我们会赢。<ref>{{cite news|title=Talks|url=http://x.org}} 原文：We will win.</ref>"))
        .containsExactly("footnote-original | We will win. | 會後他表示我们会赢 | open");
  }

  @Test
  void aBareNameInAFootnoteGlossesTheTermRightBeforeIt() {
    assertThat(find("故事源於萨克索·格拉玛提库斯<ref>Saxo Grammaticus</ref>的记载。"))
        .containsExactly("footnote-gloss | Saxo Grammaticus | 故事源於萨克索·格拉玛提库斯 | open");
    // After a full stop a footnote cites the sentence: a bare name there is a source, not a gloss.
    assertThat(find("故事源於丹麥的记载。<ref>Saxo Grammaticus</ref>")).isEmpty();
  }

  @Test
  void aCitedHeadlineIsNoOriginal() {
    assertThat(find("她说：「我们会赢。」<ref>{{cite news|title=We Will Win|url=http://x.org}}</ref>")).isEmpty();
  }

  @Test
  void aTableRowPairsItsEnglishAndChineseCellsLineByLine() {
    assertThat(find("""
        {| class="wikitable"
        | 第一段 || Joy to the world!<br />
        Let earth receive her King;
        ||
        普世歡騰！<br />
        大地接她君王；
        |-
        | 氫 || Hydrogen || H
        |-
        | 氦 || Helium || He || 惰性
        |}
        """)).filteredOn(line -> line.startsWith("table-row")).containsExactly(
        "table-row | Joy to the world! | 普世歡騰！ | fixed",
        "table-row | Let earth receive her King; | 大地接她君王； | fixed",
        "table-row | Hydrogen | 氫 | fixed");
  }

  @Test
  void severalChineseCellsBesideOneEnglishCellAreEachLeftToTheirColumn() {
    assertThat(find("""
        {| class="wikitable"
        ! 符号 !! 臺灣名稱 !! 香港名稱 !! 中國大陸名稱 !! 英文名稱
        |-
        | [[氫|H]] || colspan="2" | {{lang|zh-hant|氫}} || {{lang|zh-hans|氢}} || hydrogen
        |-
        | He || colspan="3" | 氦 || helium
        |-
        | Na || colspan="2" | 鈉 || 钠 || sodium （符號來自[[拉丁語]]{{lang|la|natrium}}）
        |-
        | Rf || colspan="2" | 鑪 || {{lang|zh-hans|{{僻字|𬬻|⿰钅卢}}}} || rutherfordium
        |}
        """)).filteredOn(line -> line.startsWith("table-")).as("a symbol is no English; a Chinese note is no English")
        .containsExactly(
            "table-column | hydrogen | 氫 | fixed", "table-column | hydrogen | 氢 | fixed",
            "table-row | helium | 氦 | fixed",
            "table-column | sodium | 鈉 | fixed", "table-column | sodium | 钠 | fixed",
            "table-column | rutherfordium | 鑪 | fixed", "table-column | rutherfordium | 𬬻 | fixed");
  }

  /** From zhwiki 平安夜 (歌曲): the English stanza, then the Chinese one, whose last line renders two. */
  @Test
  void runsOfEnglishAndChineseVerseLineUpTwoLinesToOneWhereTheySaySo() {
    assertThat(find("""
        === 英语译文 ===
        :Silent night Holy night
        :All is calm all is bright
        :'Round yon virgin Mother and Child
        :Holy infant so tender and mild
        :Sleep in heavenly peace
        :Sleep in heavenly peace

        :平安夜，圣善夜！
        :万暗中，光华射，
        :照着圣母也照着圣嬰，
        :多少慈祥也多少天真，
        :静享天赐安眠，静享天赐安眠。
        """)).filteredOn(line -> line.startsWith("verse-blocks")).containsExactly(
        "verse-blocks | Silent night Holy night | 平安夜，圣善夜！ | fixed",
        "verse-blocks | All is calm all is bright | 万暗中，光华射， | fixed",
        "verse-blocks | 'Round yon virgin Mother and Child | 照着圣母也照着圣嬰， | fixed",
        "verse-blocks | Holy infant so tender and mild | 多少慈祥也多少天真， | fixed",
        "verse-blocks | Sleep in heavenly peace Sleep in heavenly peace | 静享天赐安眠，静享天赐安眠。 | fixed");
  }

  /**
   * From zhwiki 共和國戰歌: the Chinese leaves the second stanza out and opens with a caption; the labels
   * ({@code (Chorus)}, {@code （合唱）}) stand between stanzas and pair with nothing.
   */
  @Test
  void runsOfVerseLineUpByWhatTheLinesSayAStanzaLeftOutSkipped() {
    assertThat(find("""
        :Mine eyes have seen the glory of the coming of the Lord:
        :He hath loosed the fateful lightning of His terrible swift sword:
        :His truth is marching on.

        :('''Chorus''')
        :Glory, glory, hallelujah!
        :His truth is marching on

        :I have seen Him in the watch-fires of a hundred circling camps,
        :They have builded Him an altar in the evening dews and damps;
        :His day is marching on.

        ::'''Chorus'''

        :In the beauty of the lilies Christ was born across the sea,
        :As He died to make men holy, let us die to make men free,

        :中文歌詞（略跟英文版不同）：
        :我的眼睛已經看見主降臨的大光榮，
        :祂而抽出祂的怒劍發出雷電聲隆隆，
        :祂的真理正進行！

        ::（合唱）
        ::榮耀，榮耀哈利路亞！
        ::祂的真理正進行！

        :海的那邊耶穌降生，美麗正如百合花；
        :他曾死使人得聖潔，我願捨身為自由，
        """)).filteredOn(line -> line.startsWith("verse-blocks")).contains(
        "verse-blocks | Mine eyes have seen the glory of the coming of the Lord: | 我的眼睛已經看見主降臨的大光榮， | fixed",
        "verse-blocks | He hath loosed the fateful lightning of His terrible swift sword: | 祂而抽出祂的怒劍發出雷電聲隆隆， | fixed",
        "verse-blocks | His truth is marching on. | 祂的真理正進行！ | fixed",
        "verse-blocks | Glory, glory, hallelujah! | 榮耀，榮耀哈利路亞！ | fixed",
        "verse-blocks | His truth is marching on | 祂的真理正進行！ | fixed",
        "verse-blocks | As He died to make men holy, let us die to make men free, | 他曾死使人得聖潔，我願捨身為自由， | fixed")
        .noneMatch(line -> line.contains("Chorus") || line.contains("合唱") || line.contains("中文歌詞")
            || line.contains("watch-fires") || line.contains("builded"));
  }

  /**
   * From zhwiki 寧靜禱文: a prayer set out a line a paragraph, its translation after a caption. The caption, which
   * renders nothing, may go with the line no Chinese renders (Grant me): the aligner's vouching judges that one.
   */
  @Test
  void shortParagraphsAreLinesOfVerseTooACaptionShiftsNoLine() {
    assertThat(find("""
        Grant me

        the serenity to accept the thing I cannot change,

        the courage to change the thing I can change,

        and wisdom to separate the difference.

        洪宋弦的譯文

        .請賜與我寧靜，好讓我能接受，我無法改變的事情

        .請賜與我勇氣，好讓我能改變，我能去改變的事情

        .請賜與我睿智，好讓我能區別，以上這兩者的不同
        """)).filteredOn(line -> line.startsWith("verse-blocks"))
        .contains("verse-blocks | the serenity to accept the thing I cannot change, | .請賜與我寧靜，好讓我能接受，我無法改變的事情 | fixed",
            "verse-blocks | the courage to change the thing I can change, | .請賜與我勇氣，好讓我能改變，我能去改變的事情 | fixed",
            "verse-blocks | and wisdom to separate the difference. | .請賜與我睿智，好讓我能區別，以上這兩者的不同 | fixed");
  }

  /** From zhwiki 美國憲法第十八修正案: the sections quoted in English, then a list of their translations. */
  @Test
  void quotedParagraphsAndTheListTranslatingThemLineUpTheLabelBetweenPartOfNeither() {
    assertThat(find("""
        {{quote|
        '''Section 1'''. After one year from the ratification of this article the manufacture, sale, or transportation of intoxicating liquors within the United States is hereby prohibited.
        }}
        {{quote|
        '''Section 2'''. The Congress and the several States shall have concurrent power to enforce this article by appropriate legislation.
        }}
        {{quote|
        '''Section 3'''. This article shall be inoperative unless it shall have been ratified as an amendment to the Constitution by the legislatures of the several States.
        }}

        译文：

        * 第一款　本条批准一年后，禁止於[[合众国|合众国]]内酿造、出售或运送作为饮料之致醉[[酒类|酒类]]。

        * 第二款　[[国会|国会]]和各[[州|州]]都有权以适当立法实施本条。

        * 第三款　本条除非由各州议会按本[[宪法|宪法]]规定批准为宪法修正案，否则不得发生效力。
        """)).filteredOn(line -> line.startsWith("verse-blocks")).hasSize(3)
        .anyMatch(line -> line.startsWith("verse-blocks | Section 2. The Congress") && line.contains("| 第二款　国会"))
        .noneMatch(line -> line.contains("译文"));
  }

  /** From zhwiki 誰在一壘？ and 共和國戰歌: a title's own question mark or comma ends no clause. */
  @Test
  void aTitlesOwnPunctuationEndsNoClause() {
    assertThat(find("《誰在一壘？》（Who's on First?）是一個喜劇段子。或《兄弟們，你們會遇見我嗎？》（Brothers, Will You Meet Me?）"))
        .containsExactly("paren-after-text | Who's on First? | 《誰在一壘？》 | open",
            "paren-after-text | Brothers, Will You Meet Me? | 或《兄弟們，你們會遇見我嗎？》 | open");
  }

  /** From zhwiki 北非谍影's list of famous lines: the English, a dash, the quoted rendering, the speaker. */
  @Test
  void aLineOpeningWithEnglishQuotesItsRenderingAfterADash() {
    assertThat(find("""
        * ''Louis, I think this is the beginning of a beautiful friendship.'' -「路易，我覺得這是一段美好友誼的開始。」-锐克（片尾台词）
        * ''Here's looking at you, kid.'' -锐克的祝酒词：「永志不忘！」
        * ''Play it, Sam. Play 'As Time Goes By.'' -（常被人錯記成「Play it again, Sam.」）
        * ''If you knew how much I loved you, how much I still love you.'' -伊丽莎
        """)).filteredOn(line -> line.startsWith("english-first")).containsExactly(
        "english-first | Louis, I think this is the beginning of a beautiful friendship. | 路易，我覺得這是一段美好友誼的開始。 | fixed",
        "english-first | Here's looking at you, kid. | 永志不忘！ | fixed");
  }

  /**
   * The same halves the other way round, or the English quoted too; an unquoted Chinese half only after an English
   * sentence, since after a name it may describe rather than render it.
   */
  @Test
  void aLineInTwoHalvesPartedByADashOrColonPairsThemInEitherOrder() {
    assertThat(find("""
        * 「路易，我覺得這是一段美好友誼的開始。」 - ''Louis, I think this is the beginning of a beautiful friendship.''
        * “我们将永远拥有巴黎。”——“We will always have Paris.”
        * ''Frankly, my dear, I don't give a damn.''：坦白说，亲爱的，我一点也不在乎。
        * Apple Inc. – 美国的科技公司
        * Apple Inc.：美国的科技公司
        """)).containsExactly(
        "english-first | Louis, I think this is the beginning of a beautiful friendship. | 路易，我覺得這是一段美好友誼的開始。 | fixed",
        "english-first | We will always have Paris. | 我们将永远拥有巴黎。 | fixed",
        "english-first | Frankly, my dear, I don't give a damn. | 坦白说，亲爱的，我一点也不在乎。 | fixed");
  }

  /** From zhwiki 牙买加，我们热爱的家园: the English lyrics and their translation, each under its own heading. */
  @Test
  void runsOfVerseUnderHeadingsOfTheirOwnLineUp() {
    assertThat(find("""
        ===英語原文===
        :Eternal Father, bless our land
        :Guard us with Thy mighty hand
        :Keep us free from evil powers

        ===中文翻譯===
        :永恒天父保佑我国，
        :用您那全能的双手，
        :享有自由远离凶恶势力，
        """)).filteredOn(line -> line.startsWith("verse-blocks")).containsExactly(
        "verse-blocks | Eternal Father, bless our land | 永恒天父保佑我国， | fixed",
        "verse-blocks | Guard us with Thy mighty hand | 用您那全能的双手， | fixed",
        "verse-blocks | Keep us free from evil powers | 享有自由远离凶恶势力， | fixed");
  }

  /** From zhwiki 上帝保佑斐济: the English words, then the Fijian (another text, in Latin script), then the Chinese. */
  @Test
  void aRunInAnotherLatinScriptLanguageBetweenTheEnglishAndTheChineseIsPassedOver() {
    assertThat(find("""
        === 英语版 ===
        ::Blessing grant oh God of nations on the isles of Fiji
        ::As we stand united under noble banner blue
        ::And we honour and defend the cause of freedom ever

        === 斐济语版 ===
        ::Meda dau doka ka vinakata na vanua
        ::E ra sa dau tiko kina na savasava
        ::Rawa tu na gauna ni sautu na veilomani

        === 中文翻譯 ===
        ::祝福赐予斐济岛上的国家之神
        ::当我们在高贵的蓝色旗帜下团结一致
        ::我们永远尊重和保卫自由目标
        """)).filteredOn(line -> line.startsWith("verse-blocks")).containsExactly(
        "verse-blocks | Blessing grant oh God of nations on the isles of Fiji | 祝福赐予斐济岛上的国家之神 | fixed",
        "verse-blocks | As we stand united under noble banner blue | 当我们在高贵的蓝色旗帜下团结一致 | fixed",
        "verse-blocks | And we honour and defend the cause of freedom ever | 我们永远尊重和保卫自由目标 | fixed");
  }

  /** A paragraph between the runs joins the run of its language, and the line-up leaves it out: it renders nothing. */
  @Test
  void aParagraphBetweenRunsOfVerseIsLeftOut() {
    assertThat(find("""
        :Silent night Holy night
        :All is calm all is bright
        :Sleep in heavenly peace
        這首歌後來被譯成中文，在華人教會廣為傳唱。
        :平安夜，圣善夜！
        :万暗中，光华射，
        :静享天赐安眠。
        """)).filteredOn(line -> line.startsWith("verse-blocks")).containsExactly(
        "verse-blocks | Silent night Holy night | 平安夜，圣善夜！ | fixed",
        "verse-blocks | All is calm all is bright | 万暗中，光华射， | fixed",
        "verse-blocks | Sleep in heavenly peace | 静享天赐安眠。 | fixed");
  }

  @Test
  void linesOfATablePairAsABlockOnlyInsideOneCell() {
    assertThat(find("""
        {| class="wikitable"
        | 我要提出一个他无法拒绝的条件。<br>"I'm going to make him an offer he can't refuse."
        |-
        | 他们已经离开了这座城市。
        | They have already left the city at night.
        |}
        """)).filteredOn(line -> line.startsWith("table-cell") || line.startsWith("bilingual-block")).containsExactly(
        "table-cell | \"I'm going to make him an offer he can't refuse.\" | 我要提出一个他无法拒绝的条件。 | fixed");
  }

  @Test
  void anInfoboxFieldPairsANameOverItsEnglishButNotAListOfNames() {
    assertThat(find("""
        {{Infobox film
        | name    = 日以作夜<br>Day for Night
        | writer  = 弗朗索瓦·特吕弗<br>Suzanne Schiffman<br>Jean-Louis Richard
        | ground  = 泰晤士路<br>（Thames Road）
        | producer = {{Link-en|阿尔伯特·S·鲁迪|Albert S. Ruddy}}
        }}
        """)).containsExactly("table-cell | Day for Night | 日以作夜 | fixed", "table-cell | Thames Road | 泰晤士路 | fixed",
        "interlanguage-link | Albert S. Ruddy | 阿尔伯特·S·鲁迪 | fixed");
  }

  @Test
  void anInfoboxsChineseNameAndEnglishNameStandInOneRowThoughFieldsLieBetween() {
    assertThat(find("""
        {{Infobox film
        | name          = 教父
        | image         = Godfather_ver1.jpg
        | caption       = 影院公映海报
        | original_name = ''{{lang|en|The Godfather}}''
        }}
        """)).containsExactly("table-row | The Godfather | 教父 | fixed");
  }

  @Test
  void aQuotationAndItsTranslationPairAcrossALineThatIntroducesItAndLoseItsLabel() {
    assertThat(find("""
        {{Cquote 2|We the people of the United States do ordain and establish this Constitution.}}

        译文如下：
        {{Cquote 3|我们合众国人民制定本宪法。}}

        {{quote|''The powers not delegated to the United States are reserved to the States.''}}
        :'''译文：'''未授予合众国的权力，由各州保留。
        """)).containsExactly(
        "bilingual-block | We the people of the United States do ordain and establish this Constitution. | 我们合众国人民制定本宪法。 | fixed",
        "bilingual-block | The powers not delegated to the United States are reserved to the States. | 未授予合众国的权力，由各州保留。 | fixed");
  }
}
