package org.bitext.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.bitext.corpus.TmxException;
import org.bitext.corpus.TmxReader;
import org.bitext.corpus.TmxStats;

/** The TMX reader takes any bytes: it reads units or reports a TmxException, and never fails otherwise. */
class TmxReaderFuzzTest {
  @FuzzTest(maxExecutions = 10_000)
  void bounded(byte[] input) {
    readsOrReports(input);
  }

  @FuzzTest(maxDuration = "1h")
  void longRun(byte[] input) {
    readsOrReports(input);
  }

  private static void readsOrReports(byte[] input) {
    TmxStats stats = new TmxStats();
    try {
      new TmxReader().read(new ByteArrayInputStream(input), stats::add);
    } catch (TmxException expected) {
      // Broken XML is reported, which is what we want.
    }
  }
}
