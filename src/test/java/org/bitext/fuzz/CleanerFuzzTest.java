package org.bitext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.Mark;
import org.bitext.clean.MarkdownCleaner;
import org.bitext.clean.WikitextCleaner;

/**
 * The cleaners take any text without failing, and what they return is consistent with it. {@code bounded} runs in
 * the test command; {@code long} is for long runs (see the README). Both replay the seeds of their Inputs folder.
 */
class CleanerFuzzTest {
  @FuzzTest(maxExecutions = 2_000)
  void bounded(byte[] input) {
    cleanersKeepTheirInvariants(input);
  }

  @FuzzTest(maxDuration = "1h")
  void longRun(byte[] input) {
    cleanersKeepTheirInvariants(input);
  }

  private static void cleanersKeepTheirInvariants(byte[] input) {
    String source = new String(input, StandardCharsets.UTF_8);
    check(new WikitextCleaner().clean(source), source);
    check(new MarkdownCleaner().clean(source), source);
  }

  private static void check(CleanText clean, String source) {
    int previous = 0;
    for (int offset : clean.sourceOffsets().stream().toArray()) {
      assertThat(offset).isBetween(previous, source.length());
      previous = offset;
    }
    int previousEnd = 0;
    for (Line line : clean.lines()) {
      assertThat(line.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(line.end());
      assertThat(line.end()).isLessThanOrEqualTo(clean.text().length());
      previousEnd = line.end();
    }
    for (Mark mark : clean.marks()) {
      assertThat(mark.start()).isBetween(0, mark.end());
      assertThat(mark.end()).isLessThanOrEqualTo(clean.text().length());
    }
  }
}
