package org.bitext.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.bitext.corpus.TmxException;
import org.bitext.corpus.TmxReader;
import org.bitext.corpus.TmxUnit;

/**
 * The TMX reader takes any bytes: it reads units or reports a TmxException, and never fails otherwise. What it reads
 * is the same every time, in document order, and holds only characters XML allows.
 */
class TmxReaderFuzzTest {
  @FuzzTest(maxExecutions = 10_000)
  void bounded(byte[] input) {
    readsOrReports(input);
  }

  @FuzzTest(maxDuration = "1h")
  void longRun(byte[] input) {
    readsOrReports(input);
  }

  /** The units read before the end or the error, and the error's message (empty when there was none). */
  private record Reading(List<TmxUnit> units, String error) {}

  private static Reading read(byte[] input) {
    List<TmxUnit> units = new ArrayList<>();
    try {
      new TmxReader().read(new ByteArrayInputStream(input), units::add);
      return new Reading(units, "");
    } catch (TmxException reported) {
      // A known line is named in the message; a problem before any line is known (a bad encoding) names none.
      assertThat(reported.getMessage()).isNotBlank();
      if (reported.line() > 0) {
        assertThat(reported.getMessage()).startsWith("line " + reported.line() + ": ");
      }
      return new Reading(units, reported.getMessage());
    }
  }

  private static void readsOrReports(byte[] input) {
    Reading reading = read(input);
    assertThat(read(input)).isEqualTo(reading);
    int previousLine = 1;
    for (TmxUnit unit : reading.units()) {
      assertThat(unit.line()).isGreaterThanOrEqualTo(previousLine);
      previousLine = unit.line();
      for (TmxUnit.Variant variant : unit.variants()) {
        assertThat(variant.text().codePoints().allMatch(TmxReaderFuzzTest::isXmlChar)).as(variant.text()).isTrue();
      }
    }
  }

  /** The characters XML 1.0 allows in a document. */
  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
