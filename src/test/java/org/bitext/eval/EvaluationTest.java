package org.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.align.PairKind;
import org.bitext.find.FindPattern;
import org.junit.jupiter.api.Test;

/** Scoring emitted pairs against gold rows, on inline examples. */
class EvaluationTest {
  private static GoldPair gold(GoldKind kind, String zh, String en) {
    return new GoldPair("01_a.wikitext", kind, zh, en, "");
  }

  private static EmittedPair emitted(PairKind kind, String zh, String en, double score) {
    return new EmittedPair("01_a.tmx", kind, FindPattern.PAREN_AFTER_TEXT, zh, en, score);
  }

  private static EmittedPair footnote(String zh, String en, double score) {
    return new EmittedPair("01_a.tmx", PairKind.SENTENCE, FindPattern.FOOTNOTE_ORIGINAL, zh, en, score);
  }

  @Test
  void eitherOfTwoBoundariesMatches() {
    List<GoldPair> rows = List.of(gold(GoldKind.TERM, "泰勒·斯威夫特||歌手泰勒·斯威夫特", "Taylor Swift"));
    Evaluation strict = Evaluation.of(rows,
        List.of(emitted(PairKind.TERM, "歌手泰勒·斯威夫特", "Taylor Swift", 0.9)), Matching.STRICT);
    assertThat(strict.kind(KindGroup.TERM).recall()).isEqualTo(1.0);
    assertThat(strict.kind(KindGroup.TERM).precision()).isEqualTo(1.0);
  }

  @Test
  void edgePunctuationAndEnglishCaseAreIgnoredStrictly() {
    List<GoldPair> rows = List.of(gold(GoldKind.SENTENCE, "我们会赢。", "We will win."));
    Evaluation strict = Evaluation.of(rows,
        List.of(emitted(PairKind.SENTENCE, "「我们会赢」", "we will win", 0.9)), Matching.STRICT);
    assertThat(strict.misses()).isEmpty();
  }

  @Test
  void aFootnoteOriginalCountsForItsOwnGroupAndIsRightAsASentence() {
    List<GoldPair> rows = List.of(gold(GoldKind.REF, "我们会赢", "We will win"),
        gold(GoldKind.SENTENCE, "这是正确的一步", "This is the right step"));
    Evaluation strict = Evaluation.of(rows, List.of(footnote("我们会赢", "We will win", 0.8)), Matching.STRICT);
    assertThat(strict.kind(KindGroup.FOOTNOTE)).satisfies(score -> {
      assertThat(score.gold()).isEqualTo(1);
      assertThat(score.found()).isEqualTo(1);
      assertThat(score.precision()).isEqualTo(1.0);
    });
    assertThat(strict.kind(KindGroup.SENTENCE)).satisfies(score -> {
      assertThat(score.gold()).isEqualTo(1);
      assertThat(score.found()).isZero();
      assertThat(score.emitted()).isEqualTo(1);
      assertThat(score.right()).isEqualTo(1);
    });
    assertThat(strict.kind(KindGroup.ALL).recall()).isEqualTo(0.5);
  }

  @Test
  void optionalPairsAreNotJudgedAndTrapsAreNamed() {
    List<GoldPair> rows = List.of(gold(GoldKind.OPTIONAL, "露對威德案", "Roe v. Wade"),
        gold(GoldKind.NOT, "巴黎", "-"));
    Evaluation strict = Evaluation.of(rows, List.of(emitted(PairKind.TERM, "罗诉韦德案", "Roe v. Wade", 0.9),
        emitted(PairKind.TERM, "巴黎", "Paris", 0.5)), Matching.STRICT);
    assertThat(strict.kind(KindGroup.ALL).emitted()).isEqualTo(1);
    assertThat(strict.traps()).extracting(EmittedPair::chinese).containsExactly("巴黎");
    assertThat(strict.extras()).extracting(EmittedPair::chinese).containsExactly("巴黎");
  }

  @Test
  void laxMatchingForgivesABoundaryALittleOff() {
    List<GoldPair> rows = List.of(gold(GoldKind.TERM, "瑪麗", "Mary"));
    List<EmittedPair> pairs = List.of(emitted(PairKind.TERM, "他的三個女兒瑪麗", "Mary", 0.7));
    assertThat(Evaluation.of(rows, pairs, Matching.STRICT).misses()).hasSize(1);
    assertThat(Evaluation.of(rows, pairs, Matching.LAX).misses()).isEmpty();
  }

  @Test
  void theReliabilityTableSetsEachBandsScoreBesideHowOftenItIsRight() {
    List<GoldPair> rows = List.of(gold(GoldKind.TERM, "甲", "A"), gold(GoldKind.TERM, "乙", "B"),
        gold(GoldKind.TERM, "丙", "C"));
    List<EmittedPair> pairs = List.of(emitted(PairKind.TERM, "甲", "A", 0.95),
        emitted(PairKind.TERM, "乙", "B", 0.91), emitted(PairKind.TERM, "丁", "D", 0.93),
        emitted(PairKind.TERM, "丙", "C", 0.45), emitted(PairKind.TERM, "戊", "E", 0.41));
    Reliability reliability = Evaluation.of(rows, pairs, Matching.STRICT).reliability();
    Reliability.Band top = reliability.bands().get(9);
    assertThat(top.pairs()).isEqualTo(3);
    assertThat(top.right()).isEqualTo(2);
    assertThat(top.meanScore()).isCloseTo(0.93, org.assertj.core.data.Offset.offset(1e-9));
    Reliability.Band middle = reliability.bands().get(4);
    assertThat(middle.rightShare()).isEqualTo(0.5);
    // (3 × |0.93 − 2/3| + 2 × |0.43 − 1/2|) / 5
    assertThat(reliability.expectedCalibrationError())
        .isCloseTo((3 * (0.93 - 2.0 / 3) + 2 * (0.5 - 0.43)) / 5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aScoreOfExactlyOneFallsInTheTopBand() {
    List<EmittedPair> pairs = List.of(emitted(PairKind.TERM, "甲", "A", 1.0));
    Reliability reliability = Evaluation.of(List.of(gold(GoldKind.TERM, "甲", "A")), pairs, Matching.STRICT)
        .reliability();
    assertThat(reliability.bands().get(9).pairs()).isEqualTo(1);
    assertThat(reliability.expectedCalibrationError()).isZero();
  }
}
