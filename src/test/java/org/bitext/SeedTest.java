package org.bitext;

import org.bitext.run.Pipeline;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.UnusedSegmenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.InputFile;
import org.junit.jupiter.api.Test;

/** The seed article, end to end through the pipeline: Tibilov's two statements and nothing else. */
class SeedTest {
  private static List<Pair> seedPairs() throws Exception {
    Article seed = new ArticleReader().readArticle(InputFile.named(TestFiles.SEED));
    return new Pipeline(new UnusedSegmenter(), TestLexicon.get()).extract(seed).pairs();
  }

  @Test
  void findsExactlyTibilovsTwoStatements() throws Exception {
    assertThat(seedPairs())
        .extracting(Pair::chinese, Pair::english, Pair::kind)
        .containsExactly(
            tuple("我相信对顿涅茨克人民共和国的承认是正确的一步",
                "I believe the recognition of the Donetsk republic is the right step", PairKind.SENTENCE),
            tuple("南奥塞梯人民支持并对承认顿涅茨克和卢甘斯克的决定感到赞赏。",
                "South Ossetia's people support and hail the decision to recognize Donetsk and Luhansk.",
                PairKind.SENTENCE));
  }

  @Test
  void carriesSpeakerSectionArticleAndTheCitationAfterTheQuotes() throws Exception {
    assertThat(seedPairs()).allSatisfy(pair -> {
      assertThat(pair.provenance().article()).isEqualTo("顿涅茨克—南奥塞梯关系");
      assertThat(pair.provenance().section()).isEqualTo("历史");
      assertThat(pair.provenance().speaker()).isEqualTo("季比洛夫");
      assertThat(pair.provenance().sourceUrl()).isEqualTo("http://tass.ru/en/world/738110");
      assertThat(pair.provenance().pattern().label()).isEqualTo("paren-in-quote");
      assertThat(pair.score()).isBetween(0.8, 1.0);
    });
  }

  @Test
  void sourceOffsetsPointAtTheRawWikitext() throws Exception {
    String raw = java.nio.file.Files.readString(TestFiles.SEED);
    for (Pair pair : seedPairs()) {
      var zh = pair.provenance().chineseSource();
      var en = pair.provenance().englishSource();
      assertThat(raw.substring(zh.start(), zh.end())).isEqualTo(pair.chinese());
      assertThat(raw.substring(en.start(), en.end())).contains(pair.english());
    }
  }

  @Test
  void leavesOutTheReportingClauseAndTheQuotationMarks() throws Exception {
    assertThat(seedPairs()).extracting(Pair::chinese)
        .noneMatch(zh -> zh.contains("表示") || zh.contains("「") || zh.contains("」"));
    assertThat(seedPairs()).extracting(Pair::english)
        .noneMatch(en -> en.startsWith("\"") || en.endsWith("\"") || en.endsWith(","));
  }
}
