package org.bitext.testing;

import org.bitext.docs.DocumentLineUp;
import org.bitext.find.CandidateFinder;

/** The candidate finder as the pipeline builds it: runs of lines lined up by the document aligner over CC-CEDICT. */
public final class TestFinder {
  private static final CandidateFinder FINDER = new CandidateFinder(new DocumentLineUp(TestLexicon.get()));

  private TestFinder() {}

  public static CandidateFinder get() {
    return FINDER;
  }
}
