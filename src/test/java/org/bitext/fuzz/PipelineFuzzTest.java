package org.bitext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.run.Pipeline;
import org.bitext.testing.TestLexicon;
import org.bitext.align.Decision;
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

  private static void pairsAreWellFormed(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (SourceFormat format : SourceFormat.values()) {
      for (Decision decision : PIPELINE.extract(new Article("fuzz", "fuzz", text, format)).decisions()) {
        assertThat(decision.pair().isPresent() || !decision.rejection().isEmpty()).isTrue();
        decision.pair().ifPresent(pair -> check(pair, text));
      }
    }
  }

  private static void check(Pair pair, String text) {
    assertThat(pair.score()).isBetween(0.0, 1.0);
    assertThat(pair.english()).isNotBlank();
    assertThat(pair.chinese()).isNotBlank();
    assertThat(pair.provenance().chineseSource().end()).isLessThanOrEqualTo(text.length());
    assertThat(pair.provenance().englishSource().end()).isLessThanOrEqualTo(text.length());
  }
}
