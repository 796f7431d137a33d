package org.bitext.align;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * What a Chinese term carries at its edge and its English does not name, left out of the span. A title of rank: an
 * English article is named {@code Percy Lake}, its Chinese one 波西·雷克爵士 (Sir Percy Lake); {@code Julian Byng},
 * 第一代維米子爵朱利安·賓 (Julian Byng, 1st Viscount Byng of Vimy). A count before a unit: 1 坎宁（kenning）, = 1/16
 * 盎司（ounce）, where the unit, not the quantity, is the term.
 */
final class UnnamedAffixes {
  /** A title after the name, and the English words that name it. */
  private record Title(String chinese, List<String> english) {}

  private static final List<Title> AFTER_THE_NAME = List.of(
      new Title("爵士", List.of("sir", "dame")),
      new Title("勳爵", List.of("lord")),
      new Title("勋爵", List.of("lord")),
      new Title("公爵", List.of("duke")),
      new Title("侯爵", List.of("marquess", "marquis")),
      new Title("伯爵", List.of("earl", "count")),
      new Title("子爵", List.of("viscount")),
      // A baronet (从男爵) is no baron: the whole title goes or stays.
      new Title("从男爵", List.of("baronet")),
      new Title("從男爵", List.of("baronet")),
      new Title("男爵", List.of("baron")));
  /** 第一代維米子爵: the holder's number, perhaps a place, and the rank, before the name. */
  private static final Pattern PEERAGE_BEFORE_THE_NAME =
      Pattern.compile("^第[一二三四五六七八九十]{1,3}代[^·・‧•]{0,8}?(公爵|侯爵|伯爵|子爵|男爵)");
  /** What is left must still be a name. */
  private static final int LEAST_NAME = 2;

  /** Digits, fractions and the signs of an equation, in either width, with the spaces between them. */
  /** What follows a number as its unit: years, months, days, ages, times. */
  private static final String COUNT_UNITS = "年月日歲岁次";
  private static final String LEADING_COUNT = "0123456789０１２３４５６７８９./／=＝≈×~～ 　";

  private UnnamedAffixes() {}

  /** The span less a title of rank and a count that {@code english} does not name. */
  static Span trim(String text, Span span, String english) {
    return withoutCount(text, withoutUnnamedTitle(text, span, english), english);
  }

  /**
   * The span less the count before it, when the English gives no number; or less the unit of a count that stands
   * just before it (1825年詹姆斯·艾倫·梅爾（James Allan Mair）, the span starting at 年).
   */
  static Span withoutCount(String text, Span span, String english) {
    if (english.chars().anyMatch(Character::isDigit)) {
      return span;
    }
    if (span.length() >= 3 && span.start() > 0 && Character.isDigit(text.charAt(span.start() - 1))
        && COUNT_UNITS.indexOf(text.charAt(span.start())) >= 0 && Han.isHan(text.charAt(span.start() + 1))) {
      return new Span(span.start() + 1, span.end());
    }
    int start = span.start();
    while (start < span.end() && LEADING_COUNT.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return start < span.end() && Han.isHan(text.charAt(start)) && start > span.start()
        ? new Span(start, span.end()) : span;
  }

  /** The span less a title of rank at either end that {@code english} does not name. */
  static Span withoutUnnamedTitle(String text, Span span, String english) {
    String words = " " + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
    String chinese = text.substring(span.start(), span.end());
    Matcher before = PEERAGE_BEFORE_THE_NAME.matcher(chinese);
    if (before.find() && !names(words, rank(before.group(1))) && chinese.length() - before.end() >= LEAST_NAME) {
      return new Span(span.start() + before.end(), span.end());
    }
    for (Title title : AFTER_THE_NAME) {
      if (chinese.endsWith(title.chinese())) {
        // The longest title it ends with decides: 从男爵 (baronet) is not 男爵 (baron).
        return names(words, title.english()) || chinese.length() - title.chinese().length() < LEAST_NAME ? span
            : new Span(span.start(), span.end() - title.chinese().length());
      }
    }
    return span;
  }

  private static List<String> rank(String chinese) {
    return AFTER_THE_NAME.stream().filter(title -> title.chinese().equals(chinese)).findFirst()
        .map(Title::english).orElse(List.of());
  }

  private static boolean names(String words, List<String> english) {
    return english.stream().anyMatch(word -> words.contains(" " + word + " "));
  }
}
