package org.bitext.align;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as values: Arabic numerals (1,604), English number words (seventeen), and Chinese
 * numerals read both as a number (二十三 = 23) and digit by digit (八一七 = 817, as in 八一七公報 for "August 17").
 */
final class Numbers {
  private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern CHINESE = Pattern.compile("[〇零一二两兩三四五六七八九十百千万萬]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  /** Not "one" (a pronoun as often as a number) nor ordinals (first of all). */
  private static final Map<String, Long> ENGLISH = Map.ofEntries(Map.entry("two", 2L),
      Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
      Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L));
  private static final String DIGITS = "〇一二三四五六七八九";

  private Numbers() {}

  static Set<Long> inEnglish(String text) {
    Set<Long> values = arabic(text);
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      Long value = ENGLISH.get(word.group().toLowerCase(Locale.ROOT));
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  static Set<Long> inChinese(String text) {
    Set<Long> values = arabic(text);
    Matcher numeral = CHINESE.matcher(text);
    while (numeral.find()) {
      String run = numeral.group();
      values.add(positional(run));
      if (run.chars().allMatch(c -> DIGITS.indexOf(c) >= 0 || c == '零')) {
        values.add(digitByDigit(run));
      }
    }
    values.remove(-1L);
    return values;
  }

  private static Set<Long> arabic(String text) {
    Set<Long> values = new HashSet<>();
    Matcher number = ARABIC.matcher(text);
    while (number.find()) {
      String digits = number.group().replace(",", "");
      if (digits.length() <= 15) {
        values.add(Long.parseLong(digits));
      }
    }
    return values;
  }

  /** 二十三 = 23, 一千九百 = 1900, 三萬 = 30000; -1 for what is not a number this way. */
  private static long positional(String run) {
    long total = 0;
    long section = 0;
    long digit = -1;
    for (char c : run.toCharArray()) {
      int d = c == '两' || c == '兩' ? 2 : c == '零' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 10000;
      if (unit == 10000) {
        total += (section + Math.max(digit, 0)) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return total + section + Math.max(digit, 0);
  }

  /** 八一七 = 817, 一九八二 = 1982. */
  private static long digitByDigit(String run) {
    if (run.length() > 15) {
      return -1;
    }
    long value = 0;
    for (char c : run.toCharArray()) {
      value = value * 10 + (c == '零' ? 0 : DIGITS.indexOf(c));
    }
    return value;
  }
}
