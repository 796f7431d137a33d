package org.bitext.corpus;

import org.bitext.common.Digest;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bitext.align.Pair;

/**
 * Remembers the pairs of a run so each is written once: the first keeps its provenance.
 * Pairs are the same when they are after NFKC normalisation, white space folding and case-folding of the English.
 * Memory is one 64-bit digest a distinct pair.
 */
public final class Deduplicator {
  private final Set<Long> seen = new HashSet<>();

  /** True the first time a pair is offered, false after. */
  public boolean isFirst(Pair pair) {
    return seen.add(Digest.of(normalise(pair.english()).toLowerCase(Locale.ROOT) + '\u0000'
        + normalise(pair.chinese())));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }
}
