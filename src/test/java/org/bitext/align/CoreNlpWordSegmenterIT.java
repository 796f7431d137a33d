package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.Pipeline;
import org.bitext.align.Pair;
import org.bitext.source.Article;
import org.bitext.source.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP Chinese segmenter, loaded once for all integration tests (about 4 s and 530 MB of heap). */
class CoreNlpWordSegmenterIT {
  private static LazyWordSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = org.bitext.TestSegmenter.coreNlp();
  }

  @Test
  void segmentsARealSpanIntoWords() {
    assertThat(segmenter.segment("南奥塞梯驻俄罗斯大使")).containsExactly("南奥塞梯", "驻", "俄罗斯", "大使");
    assertThat(segmenter.isLoaded()).isTrue();
  }

  @Test
  void decidesATermsLeftBoundaryWhenPunctuationDoesNot() {
    Article article = new Article("蓋茲堡演說", "test", "林肯在蓋茲堡的蓋茲堡國家公墓（Gettysburg National Cemetery）發表演說。",
        SourceFormat.PLAIN_TEXT);
    List<Pair> pairs = new Pipeline(segmenter, org.bitext.TestLexicon.get()).extract(article).pairs();
    assertThat(pairs).extracting(Pair::chinese, Pair::english)
        .containsExactly(org.assertj.core.api.Assertions.tuple("蓋茲堡國家公墓", "Gettysburg National Cemetery"));
    assertThat(pairs.get(0).kind()).isEqualTo(PairKind.TERM);
  }

  @Test
  void stopsATermAtALightVerb() {
    Article article = new Article("宏", "test", "Rust 提供了强大的宏系统，可进行元编程（metaprogramming）。",
        SourceFormat.PLAIN_TEXT);
    assertThat(new Pipeline(segmenter, org.bitext.TestLexicon.get()).extract(article).pairs()).extracting(Pair::chinese)
        .containsExactly("元编程");
  }
}
