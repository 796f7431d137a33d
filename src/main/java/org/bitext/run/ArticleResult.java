package org.bitext.run;

import java.util.List;
import org.bitext.align.Pair;
import org.bitext.source.Diagnostic;

/** What one article gave an output: its pairs, or the problem that stopped it. */
sealed interface ArticleResult {
  /** The article was read and extracted. */
  record Extracted(List<Pair> pairs) implements ArticleResult {
    public Extracted {
      pairs = List.copyOf(pairs);
    }
  }

  /** The article (or a part of the input that holds articles) had to be skipped. */
  record Skipped(Diagnostic problem) implements ArticleResult {}
}
