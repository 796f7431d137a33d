package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.testing.Extract;
import org.junit.jupiter.api.Test;

/** Each mined pair carries the article's sentences before and after the one it stands in. */
class SentenceContextTest {
  private static Pair only(List<Pair> pairs) {
    assertThat(pairs).hasSize(1);
    return pairs.get(0);
  }

  @Test
  void aTermInTheMiddleSentenceHasTheSentencesEitherSide() {
    Pair pair = only(Extract.wikitext("英國有很多大學。雷丁大學（University of Reading）位於雷丁。它成立於1892年。"));
    assertThat(pair.chinese()).isEqualTo("雷丁大學");
    assertThat(pair.context()).isEqualTo(Context.ofChinese("英國有很多大學。", "它成立於1892年。"));
  }

  @Test
  void theFirstAndLastSentencesOfAnArticleHaveNothingOnTheirOuterSide() {
    assertThat(only(Extract.wikitext("雷丁大學（University of Reading）位於雷丁。它成立於1892年。")).context())
        .isEqualTo(Context.ofChinese("", "它成立於1892年。"));
    assertThat(only(Extract.wikitext("它成立於1892年。雷丁大學（University of Reading）位於雷丁。")).context())
        .isEqualTo(Context.ofChinese("它成立於1892年。", ""));
  }

  @Test
  void theNeighboursAreTheArticlesSentencesAcrossLinesWithWhiteSpaceFolded() {
    Pair pair = only(Extract.wikitext("第一段  的   話。\n\n雷丁大學（University of Reading）位於雷丁。\n\n== 歷史 ==\n"));
    assertThat(pair.context().chinese().before()).isEqualTo("第一段 的 話。");
    assertThat(pair.context().chinese().after()).isEqualTo("歷史");
    assertThat(pair.context().english()).isEqualTo(Context.Around.NONE);
  }

  @Test
  void theContextChangesNothingElseOfThePair() {
    Pair alone = only(Extract.wikitext("雷丁大學（University of Reading）位於雷丁。"));
    Pair amid = only(Extract.wikitext("英國有很多大學。雷丁大學（University of Reading）位於雷丁。它成立於1892年。"));
    assertThat(amid.chinese()).isEqualTo(alone.chinese());
    assertThat(amid.english()).isEqualTo(alone.english());
    assertThat(amid.kind()).isEqualTo(alone.kind());
    assertThat(amid.score()).isEqualTo(alone.score());
  }
}
