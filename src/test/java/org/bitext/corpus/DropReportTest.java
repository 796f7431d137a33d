package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.junit.jupiter.api.Test;

class DropReportTest {
  private static Pair pair(String zh, String en, double score) {
    return new Pair(zh, en, PairKind.TERM, score, new Provenance("文章", "a.wikitext", "", "", "",
        FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE, ChineseScript.SIMPLIFIED));
  }

  @Test
  void eachPairIsChargedToTheFirstRuleThatRefusesIt() {
    PairFilter filter = new PairFilter(0.5, 2, 20, 1, 6);
    assertThat(filter.rejection(pair("图灵测试", "Turing test", 0.9))).isEmpty();
    assertThat(filter.rejection(pair("图", "T", 0.1))).contains(FilterRule.MIN_SCORE);
    assertThat(filter.rejection(pair("图", "Turing", 0.9))).contains(FilterRule.MIN_LENGTH);
    assertThat(filter.rejection(pair("图灵测试", "the Turing test of machines", 0.9))).contains(FilterRule.MAX_LENGTH);
    assertThat(filter.rejection(pair("图灵测试图灵测试", "Turing", 0.9))).contains(FilterRule.MIN_RATIO);
    assertThat(filter.rejection(pair("图灵", "Turing test!!", 0.9))).contains(FilterRule.MAX_RATIO);
    assertThat(filter.accepts(pair("图灵", "Turing test!!", 0.9))).isFalse();
  }

  @Test
  void countsAddUpAndDescribeEveryRuleInAFixedOrder() {
    DropReport report = DropReport.NONE.plusFiltered(FilterRule.MIN_SCORE).plusFiltered(FilterRule.MIN_SCORE)
        .plusFiltered(FilterRule.MAX_RATIO).plusDuplicate();
    assertThat(report.filteredOut()).isEqualTo(3);
    assertThat(report.plus(report).filtered(FilterRule.MIN_SCORE)).isEqualTo(4);
    assertThat(report.describe()).isEqualTo("2 by --min-score, 0 by --min-length, 0 by --max-length, "
        + "0 by --min-ratio, 1 by --max-ratio, 1 duplicate(s)");
    assertThat(new DropReport(Map.of(FilterRule.MIN_SCORE, 2, FilterRule.MAX_RATIO, 1), 1)).isEqualTo(report);
  }
}
