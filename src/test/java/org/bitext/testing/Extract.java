package org.bitext.testing;

import org.bitext.run.Pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.align.Pair;
import org.bitext.align.WordSegmenter;
import org.bitext.source.Article;
import org.bitext.source.SourceFormat;

/**
 * Runs the pipeline on inline text and checks what every pair must satisfy whatever the input: scores in [0, 1],
 * English without Chinese characters, Chinese with some, source offsets inside the source, no quotation marks
 * around either side.
 */
public final class Extract {
  private Extract() {}

  public static List<Pair> pairs(String text, SourceFormat format) {
    return pairs(text, format, new UnusedSegmenter());
  }

  public static List<Pair> pairs(String text, SourceFormat format, WordSegmenter segmenter) {
    Article article = new Article("test", "test", text, format);
    List<Pair> pairs = new Pipeline(segmenter, TestLexicon.get()).extract(article).pairs();
    for (Pair pair : pairs) {
      assertThat(pair.score()).isBetween(0.0, 1.0);
      assertThat(pair.english()).isNotBlank().doesNotContainPattern("\\p{IsHan}")
          .doesNotStartWith("\"").doesNotEndWith("\"");
      assertThat(pair.chinese()).containsPattern("\\p{IsHan}").doesNotStartWith("「").doesNotEndWith("」");
      assertThat(pair.provenance().chineseSource().end()).isLessThanOrEqualTo(text.length());
      assertThat(pair.provenance().englishSource().end()).isLessThanOrEqualTo(text.length());
    }
    return pairs;
  }

  public static List<Pair> wikitext(String text) {
    return pairs(text, SourceFormat.WIKITEXT);
  }
}
