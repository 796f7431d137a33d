package org.bitext.testing;

import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.LazyWordSegmenter;

/** The real CoreNLP segmenter, loaded at most once per test JVM (about 4 s and 530 MB) and shared by integration tests. */
public final class TestSegmenter {
  private static final LazyWordSegmenter CORE_NLP = new LazyWordSegmenter(CoreNlpWordSegmenter::load);

  private TestSegmenter() {}

  public static LazyWordSegmenter coreNlp() {
    return CORE_NLP;
  }
}
