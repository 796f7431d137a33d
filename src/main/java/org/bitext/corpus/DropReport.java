package org.bitext.corpus;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many pairs each filter rule and the deduplication left out.
 *
 * @param filtered pairs left out, by the first rule that refused them (every rule present, zero included)
 * @param duplicates pairs left out because an identical one was written
 */
public record DropReport(Map<FilterRule, Integer> filtered, int duplicates) {
  public static final DropReport NONE = new DropReport(Map.of(), 0);

  public DropReport {
    EnumMap<FilterRule, Integer> all = new EnumMap<>(FilterRule.class);
    for (FilterRule rule : FilterRule.values()) {
      all.put(rule, filtered.getOrDefault(rule, 0));
    }
    filtered = Map.copyOf(all);
  }

  public int filtered(FilterRule rule) {
    return filtered.get(rule);
  }

  public int filteredOut() {
    return filtered.values().stream().mapToInt(Integer::intValue).sum();
  }

  public DropReport plusFiltered(FilterRule rule) {
    EnumMap<FilterRule, Integer> more = new EnumMap<>(filtered);
    more.merge(rule, 1, Integer::sum);
    return new DropReport(more, duplicates);
  }

  public DropReport plusDuplicate() {
    return new DropReport(filtered, duplicates + 1);
  }

  public DropReport plus(DropReport other) {
    EnumMap<FilterRule, Integer> sum = new EnumMap<>(filtered);
    other.filtered.forEach((rule, count) -> sum.merge(rule, count, Integer::sum));
    return new DropReport(sum, duplicates + other.duplicates);
  }

  /** One line: {@code 3 below --min-score, 0 … , 2 duplicate(s)}, the rules in a fixed order. */
  public String describe() {
    return java.util.Arrays.stream(FilterRule.values())
        .map(rule -> filtered(rule) + " by " + rule.option())
        .collect(Collectors.joining(", ")) + ", " + duplicates + " duplicate(s)";
  }
}
