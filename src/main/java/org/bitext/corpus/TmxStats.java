package org.bitext.corpus;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a TMX file's units: languages, kinds, scores and segment lengths. Lengths are kept per unit (four
 * bytes each) for exact percentiles; everything else is a counter.
 */
public final class TmxStats {
  private static final int SCORE_BUCKETS = 10;

  private int units;
  private final Map<String, Integer> languages = new TreeMap<>();
  private final Map<String, Integer> kinds = new TreeMap<>();
  private final int[] scores = new int[SCORE_BUCKETS];
  private int unscored;
  private final Lengths sourceLengths = new Lengths();
  private final Lengths targetLengths = new Lengths();

  public void add(TmxUnit unit) {
    units++;
    unit.variants().forEach(v -> languages.merge(v.language(), 1, Integer::sum));
    String kind = unit.property("x-kind");
    kinds.merge(kind.isEmpty() ? "(none)" : kind, 1, Integer::sum);
    addScore(unit.property("x-score"));
    if (!unit.variants().isEmpty()) {
      sourceLengths.add(unit.variants().get(0).text().length());
    }
    if (unit.variants().size() > 1) {
      targetLengths.add(unit.variants().get(1).text().length());
    }
  }

  private void addScore(String text) {
    try {
      double score = Double.parseDouble(text);
      scores[Math.max(0, Math.min(SCORE_BUCKETS - 1, (int) (score * SCORE_BUCKETS)))]++;
    } catch (NumberFormatException e) {
      unscored++;
    }
  }

  public int units() {
    return units;
  }

  public Map<String, Integer> languages() {
    return Map.copyOf(languages);
  }

  public Map<String, Integer> kinds() {
    return Map.copyOf(kinds);
  }

  public void print(PrintWriter out) {
    out.printf("units       %d%n", units);
    out.printf("languages   %s%n", counts(languages));
    out.printf("kinds       %s%n", counts(kinds));
    StringBuilder histogram = new StringBuilder();
    for (int i = 0; i < SCORE_BUCKETS; i++) {
      histogram.append(String.format(Locale.ROOT, " %.1f-%.1f:%d", i / 10.0, (i + 1) / 10.0, scores[i]));
    }
    out.printf("scores     %s%s%n", histogram, unscored > 0 ? " (no score: " + unscored + ")" : "");
    out.printf("length 1st  %s%n", sourceLengths.summary());
    out.printf("length 2nd  %s%n", targetLengths.summary());
    out.flush();
  }

  private static String counts(Map<String, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((name, count) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ')
        .append(count));
    return text.length() == 0 ? "-" : text.toString();
  }

  /** Segment lengths in characters, for min, median, 90th percentile and max. */
  private static final class Lengths {
    private int[] values = new int[64];
    private int size;

    void add(int length) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = length;
    }

    String summary() {
      if (size == 0) {
        return "-";
      }
      int[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      return String.format(Locale.ROOT, "min %d, median %d, p90 %d, max %d chars", sorted[0], sorted[size / 2],
          sorted[Math.min(size - 1, (int) Math.ceil(size * 0.9) - 1)], sorted[size - 1]);
    }
  }
}
