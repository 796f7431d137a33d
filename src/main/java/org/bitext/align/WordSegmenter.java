package org.bitext.align;

import java.util.List;

/** Splits Chinese text into words. Implementations must be safe to call from several threads. */
public interface WordSegmenter {
  List<String> segment(String chinese);
}
