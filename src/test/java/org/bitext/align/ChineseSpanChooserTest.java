package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.WikitextCleaner;
import org.bitext.find.Candidate;
import org.bitext.segment.SentenceSplitter;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFinder;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.VocabularySegmenter;
import org.junit.jupiter.api.Test;

/**
 * Which Chinese span renders a term's English: markup (bold, links, titles, quotes) decides where it can, then the
 * lexicon over word starts; a statement takes the clauses that fit it. The segmenter here cuts every character, so
 * only markup and the lexicon decide.
 */
class ChineseSpanChooserTest {
  private static final ChineseSpanChooser CHOOSER = new ChineseSpanChooser(new CharacterSegmenter(),
      new Scorer(new LexicalCoverage(TestLexicon.get()), ScoreModel.bundled()));

  /** The span chosen for the first candidate of {@code wikitext}, and how, as {@code span (how)}. */
  private static String choose(String wikitext, boolean statement) {
    CleanText clean = new WikitextCleaner().clean(wikitext);
    List<Candidate> candidates = TestFinder.get().find(clean, new SentenceSplitter().split(clean));
    Candidate candidate = candidates.get(0);
    String english = EnglishOriginalTest.kept(candidate.english());
    ChineseSpanChooser.Choice choice = (statement ? CHOOSER.chooseClauses(clean, candidate, english)
        : CHOOSER.chooseTerm(clean, candidate, english)).get(0);
    return clean.slice(choice.span().start(), choice.span().end()) + " (" + choice.how() + ")";
  }

  @Test
  void aTitleInBookQuotesIsTheTerm() {
    assertThat(choose("他写了一本书《时间简史》（A Brief History of Time）。", false))
        .isEqualTo("时间简史 (title or quotation marks)");
  }

  @Test
  void aLinkOrBoldBeforeTheParenthesisIsTheTerm() {
    assertThat(choose("位于[[美國]]的[[威竣科技|威竣]]（VisionTek）。", false)).startsWith("威竣 (link");
    assertThat(choose("'''图灵测试'''（Turing test）是一种测试。", false)).startsWith("图灵测试 (bold");
  }

  /** From zhwiki 哦，船长，我的船长: the bold lead holds its parenthesis, and its commas are the title's. */
  @Test
  void aBoldLeadHoldingItsParenthesisIsTheSpanCommasIncluded() {
    String lead = "'''哦，船长，我的船长（{{lang-en|O Captain! My Captain!}}）'''是美国诗人惠特曼的诗。";
    assertThat(choose(lead, true)).isEqualTo("哦，船长，我的船长 (bold boundary (the parenthesis inside it))");
    assertThat(choose(lead, false)).isEqualTo("哦，船长，我的船长 (bold boundary (the parenthesis inside it))");
  }

  /** With words to choose among, leading words the English does not account for are dropped. */
  @Test
  void theLexiconDropsLeadingWordsTheEnglishDoesNotAccountFor() {
    ChineseSpanChooser withWords = new ChineseSpanChooser(
        new VocabularySegmenter("该", "市", "有", "一座", "蓋茲堡", "盖兹堡", "國家", "国家", "公墓"),
        new Scorer(new LexicalCoverage(TestLexicon.get()), ScoreModel.bundled()));
    CleanText clean = new WikitextCleaner().clean("该市有一座蓋茲堡國家公墓（Gettysburg National Cemetery）。");
    Candidate candidate = TestFinder.get().find(clean, new SentenceSplitter().split(clean)).get(0);
    List<ChineseSpanChooser.Choice> choices = withWords.chooseTerm(clean, candidate, "Gettysburg National Cemetery");
    assertThat(choices).extracting(choice -> clean.slice(choice.span().start(), choice.span().end()))
        .as("the choice, then the spans from the other word starts, from the function word 一座 on")
        .containsExactly("蓋茲堡國家公墓", "一座蓋茲堡國家公墓", "國家公墓", "公墓");
  }

  /** A cast list: actor 飾 role（English）; the space around 飾 does not hide it. */
  @Test
  void aCastListsRoleStartsAfterPlays() {
    ChineseSpanChooser withWords = new ChineseSpanChooser(new VocabularySegmenter("莎莉", "菲爾德", "飾", "甘", "太太"),
        new Scorer(new LexicalCoverage(TestLexicon.get()), ScoreModel.bundled()));
    CleanText clean = new WikitextCleaner().clean("* [[莎莉·菲爾德|莎莉·菲爾德]] 飾 甘太太（Mrs. Gump）：阿甘的媽媽。");
    Candidate candidate = TestFinder.get().find(clean, new SentenceSplitter().split(clean)).get(0);
    ChineseSpanChooser.Choice choice = withWords.chooseTerm(clean, candidate, "Mrs. Gump").get(0);
    assertThat(clean.slice(choice.span().start(), choice.span().end()) + " (" + choice.how() + ")")
        .isEqualTo("甘太太 (word segmentation (after 「飾」))");
  }

  /** The term chosen for the first candidate of {@code wikitext} when the segmenter knows only {@code words}. */
  private static String chooseWith(String wikitext, String english, String... words) {
    ChineseSpanChooser withWords = new ChineseSpanChooser(new VocabularySegmenter(words),
        new Scorer(new LexicalCoverage(TestLexicon.get()), ScoreModel.bundled()));
    CleanText clean = new WikitextCleaner().clean(wikitext);
    Candidate candidate = TestFinder.get().find(clean, new SentenceSplitter().split(clean)).get(0);
    ChineseSpanChooser.Choice choice = withWords.chooseTerm(clean, candidate, english).get(0);
    return clean.slice(choice.span().start(), choice.span().end());
  }

  /** From zhwiki 星际穿越 and 史蒂夫·乔布斯: what stands before the name the English gives is left out. */
  @Test
  void aNameStartsWhereItIsHeard() {
    assertThat(chooseWith("與地質學家道爾（Doyle）前往太空。", "Doyle", "与", "地质学", "家道尔"))
        .as("a remnant of the word before").isEqualTo("道爾");
    assertThat(chooseWith("當時的財務長傅瑞德（Fred Anderson）說。", "Fred Anderson", "当时", "的", "财务", "长傅瑞德"))
        .as("a remnant, the given name alone rendered").isEqualTo("傅瑞德");
    assertThat(chooseWith("由教父的委託人包納薩拉（Bonasera）開始。", "Bonasera", "由", "教父", "的", "委托人包纳萨拉"))
        .as("from where the name can first be heard: 人 (ren) starts a run that sounds like it").isEqualTo("人包納薩拉");
  }

  /** From zhwiki 後真相政治: a classifier ends a term on its left, as 一個 does. */
  @Test
  void aClassifierEndsATermOnItsLeft() {
    assertThat(chooseWith("他是個胡扯者（bullshitter）。", "bullshitter", "他", "是", "个", "胡扯者"))
        .isEqualTo("胡扯者");
  }

  /** A joiner or a name-making 老 keeps the name whole. */
  @Test
  void aNameIsNotCutInside() {
    assertThat(chooseWith("由艾爾·奈瑞（Al Neri）開始。", "Al Neri", "由", "艾尔·奈瑞")).isEqualTo("艾爾·奈瑞");
    assertThat(chooseWith("由老布什（Bush）開始。", "Bush", "由", "老布什")).isEqualTo("老布什");
  }

  @Test
  void aStatementTakesTheClausesThatRenderIt() {
    assertThat(choose("他接受采访时说，我相信这是正确的一步（I believe this is the right step）。", true))
        .isEqualTo("我相信这是正确的一步 (last clause)");
    assertThat(choose("他说，我们相信，正义终将胜利（We believe that justice will prevail in the end）。", true))
        .isEqualTo("我们相信，正义终将胜利 (clauses chosen by lexical and length fit)");
  }
}
