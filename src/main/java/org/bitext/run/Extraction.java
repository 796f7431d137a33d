package org.bitext.run;

import java.util.List;
import org.bitext.align.Decision;
import org.bitext.align.Pair;
import org.bitext.clean.CleanText;
import org.bitext.source.Article;

/** What the pipeline made of one article: its clean text and the decision on each candidate. */
public record Extraction(Article article, CleanText clean, List<Decision> decisions) {
  public Extraction {
    decisions = List.copyOf(decisions);
  }

  public List<Pair> pairs() {
    return decisions.stream()
        .filter(Decision.Accepted.class::isInstance)
        .map(decision -> ((Decision.Accepted) decision).pair())
        .toList();
  }
}
