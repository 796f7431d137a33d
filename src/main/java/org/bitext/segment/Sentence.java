package org.bitext.segment;

import java.util.List;
import org.bitext.common.Span;

/** A sentence of clean text; it never crosses a line. */
public record Sentence(Span span) {
  /**
   * The index of the sentence holding {@code offset} in {@code sentences} (sorted, never overlapping, as the
   * splitter gives them), or -1 when none does.
   */
  public static int indexHolding(List<Sentence> sentences, int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Span span = sentences.get(middle).span();
      if (offset < span.start()) {
        high = middle - 1;
      } else if (offset >= span.end()) {
        low = middle + 1;
      } else {
        return middle;
      }
    }
    return -1;
  }
}
