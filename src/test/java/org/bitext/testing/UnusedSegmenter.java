package org.bitext.testing;

import java.util.List;
import org.bitext.align.WordSegmenter;

/** A segmenter for tests whose input must be decided by markup and punctuation alone: calling it fails the test. */
public final class UnusedSegmenter implements WordSegmenter {
  @Override
  public List<String> segment(String chinese) {
    throw new AssertionError("the word segmenter was asked to segment \"" + chinese + "\"");
  }
}
