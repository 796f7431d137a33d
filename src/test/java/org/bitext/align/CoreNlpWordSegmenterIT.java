package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.bitext.testing.TestFiles;
import org.bitext.run.Pipeline;
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
    segmenter = org.bitext.testing.TestSegmenter.coreNlp();
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
    List<Pair> pairs = new Pipeline(segmenter, org.bitext.testing.TestLexicon.get()).extract(article).pairs();
    assertThat(pairs).extracting(Pair::chinese, Pair::english)
        .containsExactly(org.assertj.core.api.Assertions.tuple("蓋茲堡國家公墓", "Gettysburg National Cemetery"));
    assertThat(pairs.get(0).kind()).isEqualTo(PairKind.TERM);
  }

  /**
   * The model is shared by all extraction threads without a lock: the same windows segmented from four threads at
   * once give exactly what they give one at a time.
   */
  @Test
  void segmentsTheSameFromManyThreadsAtOnce() throws Exception {
    List<String> windows = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestFiles.resource("sample"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file).replaceAll("[^\\p{IsHan}，。、（）]+", "");
        for (int start = 0; start + 40 <= text.length() && windows.size() < 3000; start += 41) {
          windows.add(text.substring(start, start + 40));
        }
      }
    }
    assertThat(windows).hasSizeGreaterThan(1000);
    List<List<String>> alone = windows.stream().map(segmenter::segment).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> together = new ArrayList<>();
      for (String window : windows) {
        together.add(pool.submit(() -> segmenter.segment(window)));
      }
      for (int i = 0; i < windows.size(); i++) {
        assertThat(together.get(i).get()).as(windows.get(i)).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void stopsATermAtALightVerb() {
    Article article = new Article("宏", "test", "Rust 提供了强大的宏系统，可进行元编程（metaprogramming）。",
        SourceFormat.PLAIN_TEXT);
    assertThat(new Pipeline(segmenter, org.bitext.testing.TestLexicon.get()).extract(article).pairs()).extracting(Pair::chinese)
        .containsExactly("元编程");
  }
}
