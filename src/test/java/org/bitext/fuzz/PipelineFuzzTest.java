package org.bitext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.run.Pipeline;
import org.bitext.testing.TestLexicon;
import org.bitext.align.Decision;
import org.bitext.common.Span;
import org.bitext.align.Pair;
import org.bitext.source.Article;
import org.bitext.source.SourceFormat;

/**
 * The candidate finder and aligner take any article without failing: every pair has a score in [0, 1], both sides
 * and source offsets inside the source. The segmenter splits per character, so fuzzing reaches the term-boundary
 * code at full speed.
 */
class PipelineFuzzTest {
  private static final Pipeline PIPELINE = new Pipeline(new CharacterSegmenter(), TestLexicon.get());

  @FuzzTest(maxExecutions = 300)
  void bounded(byte[] input) {
    pairsAreWellFormed(input);
  }

  @FuzzTest(maxDuration = "1h")
  void longRun(byte[] input) {
    pairsAreWellFormed(input);
  }

  /**
   * Whatever the input, in every format: the same input gives the same decisions, every rejection says why, and every
   * pair has Chinese with a Han character and English with a Latin letter, both without edge white space, from
   * places inside the input.
   */
  private static void pairsAreWellFormed(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (SourceFormat format : SourceFormat.values()) {
      Article article = new Article("fuzz", "fuzz", text, format);
      List<Decision> decisions = PIPELINE.extract(article).decisions();
      assertThat(PIPELINE.extract(article).decisions()).isEqualTo(decisions);
      for (Decision decision : decisions) {
        if (decision instanceof Decision.Rejected rejected) {
          assertThat(rejected.reason()).isNotBlank();
        } else if (decision instanceof Decision.Accepted accepted) {
          check(accepted.pair(), text);
        }
      }
    }
  }

  private static void check(Pair pair, String text) {
    assertThat(pair.chinese()).isEqualTo(pair.chinese().strip()).matches("(?s).*\\p{IsHan}.*");
    assertThat(pair.english()).isEqualTo(pair.english().strip()).matches("(?s).*[A-Za-z].*");
    for (Span span : List.of(pair.provenance().chineseSource(), pair.provenance().englishSource())) {
      if (!span.isNone()) {
        assertThat(span.start()).isBetween(0, text.length());
        assertThat(span.end()).isBetween(span.start(), text.length());
      }
    }
  }
}
