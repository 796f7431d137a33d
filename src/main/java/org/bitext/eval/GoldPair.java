package org.bitext.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a gold file: {@code file, kind, zh, en, note}; {@code zh} or {@code en} is "-" where it has none. A cell
 * may give two equally defensible boundaries as {@code a||b}: either matches.
 */
public record GoldPair(String file, GoldKind kind, String chinese, String english, String note) {
  private static final String ALTERNATIVES = "\\|\\|";

  public List<String> chineseAlternatives() {
    return alternatives(chinese);
  }

  public List<String> englishAlternatives() {
    return alternatives(english);
  }

  private static List<String> alternatives(String cell) {
    return Arrays.stream(cell.split(ALTERNATIVES)).map(String::strip).filter(text -> !text.isEmpty()).toList();
  }
}
