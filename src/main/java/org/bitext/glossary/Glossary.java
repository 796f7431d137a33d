package org.bitext.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.lexicon.ChineseScript;

/**
 * The term pairs of a run merged into one entry per Chinese term. Entries come out sorted by the Chinese term and
 * variants by frequency, so the same pairs in any order give the same glossary. Memory grows with distinct terms.
 */
public final class Glossary {
  private static final Comparator<TermVariant> MOST_USED_FIRST = Comparator.comparingInt(TermVariant::count)
      .reversed().thenComparing(Comparator.comparingDouble(TermVariant::bestScore).reversed())
      .thenComparing(TermVariant::english);

  private final Map<String, Term> terms = new TreeMap<>();
  private int simplified;
  private int traditional;

  /** Adds a pair if it is a term pair; other pairs are not glossary material. */
  public void add(Pair pair) {
    if (pair.kind() != PairKind.TERM) {
      return;
    }
    String chinese = pair.chinese().strip();
    String english = pair.english().strip();
    if (chinese.isEmpty() || english.isEmpty()) {
      return;
    }
    terms.computeIfAbsent(chinese, key -> new Term()).add(english, pair.score(), pair.provenance().article());
    if (pair.provenance().script() == ChineseScript.TRADITIONAL) {
      traditional++;
    } else if (pair.provenance().script() == ChineseScript.SIMPLIFIED) {
      simplified++;
    }
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The script most of the terms are in; simplified on a tie, as zhwiki's default. */
  public ChineseScript majorityScript() {
    return traditional > simplified ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
  }

  /** Every entry, sorted by its Chinese term. */
  public List<GlossaryEntry> entries() {
    List<GlossaryEntry> entries = new ArrayList<>(terms.size());
    terms.forEach((chinese, term) -> entries.add(term.entry(chinese)));
    return entries;
  }

  /** What is known of one Chinese term so far. */
  private static final class Term {
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, Double> bestScores = new TreeMap<>();
    private final SortedSet<String> articles = new TreeSet<>();

    void add(String english, double score, String article) {
      counts.computeIfAbsent(english, key -> new int[1])[0]++;
      bestScores.merge(english, score, Math::max);
      if (!article.isEmpty()) {
        articles.add(article);
      }
    }

    GlossaryEntry entry(String chinese) {
      List<TermVariant> variants = new ArrayList<>();
      counts.forEach((english, count) -> variants.add(new TermVariant(english, count[0], bestScores.get(english))));
      variants.sort(MOST_USED_FIRST);
      return new GlossaryEntry(chinese, variants, List.copyOf(articles));
    }
  }
}
