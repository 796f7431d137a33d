package org.bitext.glossary;

import java.util.List;

/**
 * A Chinese term with every English variant the run found for it.
 *
 * @param chinese the Chinese term
 * @param variants its English variants, most frequent first (then best score, then alphabetical)
 * @param articles the titles of the articles it was found in, sorted
 */
public record GlossaryEntry(String chinese, List<TermVariant> variants, List<String> articles) {
  public GlossaryEntry {
    variants = List.copyOf(variants);
    articles = List.copyOf(articles);
  }

  public double bestScore() {
    return variants.stream().mapToDouble(TermVariant::bestScore).max().orElse(0);
  }

  public int count() {
    return variants.stream().mapToInt(TermVariant::count).sum();
  }
}
