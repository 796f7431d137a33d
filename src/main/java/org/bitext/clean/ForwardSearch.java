package org.bitext.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code indexOf} over one text, remembering each needle's last answer. The scanner asks for closers
 * ({@code </ref>}, {@code -->}) from ever later positions; remembering that a closer is absent keeps a text full of
 * unclosed openers linear instead of quadratic.
 */
final class ForwardSearch {
  private final String text;
  private final Map<String, long[]> lastAnswers = new HashMap<>();

  ForwardSearch(String text) {
    this.text = text;
  }

  int indexOf(String needle, int from) {
    long[] last = lastAnswers.get(needle);
    if (last != null && from >= last[0] && (last[1] < 0 || last[1] >= from)) {
      return (int) last[1];
    }
    int found = text.indexOf(needle, from);
    lastAnswers.put(needle, new long[] {from, found});
    return found;
  }
}
