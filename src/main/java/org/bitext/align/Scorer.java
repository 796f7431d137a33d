package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.Han;

/**
 * Turns evidence into a confidence in [0, 1]: how the pair was found, how much of the English the Chinese accounts
 * for (CC-CEDICT glosses and transliterated names), and whether the lengths agree. Each piece of evidence is kept
 * so that {@code bitext inspect} can show why a pair scored as it did.
 */
final class Scorer {
  /** Coverage from which the lexical evidence is full: dictionaries never gloss every word of a free translation. */
  private static final double FULL_COVERAGE = 0.6;

  private final LexicalCoverage coverage;

  Scorer(LexicalCoverage coverage) {
    this.coverage = coverage;
  }

  LexicalCoverage coverage() {
    return coverage;
  }

  /** English letters per Chinese character in real zh–en pairs (the seed's first pair: 68 / 22). */
  private static final double TYPICAL_LENGTH_RATIO = 3.2;
  private static final double LENGTH_RATIO_SPREAD = 0.6;

  record Scored(double score, List<Evidence> evidence) {}

  /**
   * Whether two lines that merely stand next to each other translate each other: the dictionary accounts for at
   * least half of each side, since adjacency alone proves nothing.
   */
  boolean translatesLine(String chinese, String english) {
    LexicalCoverage.Coverage measured = coverage.measure(chinese, english);
    return measured.total() > 0 && measured.hanTotal() > 0 && 2 * measured.covered() >= measured.total()
        && 2 * measured.hanCovered() >= measured.hanTotal();
  }

  Scored score(FindPattern pattern, boolean boundaryFixed, String chinese, String english) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence("pattern", prior(pattern, boundaryFixed), 0.35,
        pattern.label() + (boundaryFixed ? ", boundary fixed by markup" : ", boundary chosen")));
    Evidence lexical = lexical(chinese, english);
    if (lexical.weight() > 0) {
      evidence.add(lexical);
    }
    evidence.add(lengthRatio(chinese, english));
    numbers(chinese, english).ifPresent(evidence::add);
    double weighted = 0;
    double weights = 0;
    for (Evidence e : evidence) {
      weighted += e.value() * e.weight();
      weights += e.weight();
    }
    double score = Math.round(weighted / weights * 1000) / 1000.0;
    return new Scored(score, evidence);
  }

  private static double prior(FindPattern pattern, boolean boundaryFixed) {
    switch (pattern) {
      case PAREN_IN_QUOTE:
      case EXPLICIT_MARKER:
        return 0.95;
      case PAREN_AFTER_QUOTE:
        return 0.9;
      case INTERLANGUAGE_LINK:
        return 0.85;
      case BILINGUAL_BLOCK:
        return 0.6;
      case FOOTNOTE_ORIGINAL:
        return boundaryFixed ? 0.9 : 0.75;
      case FOOTNOTE_GLOSS:
      case TABLE_ROW:
        return 0.6;
      default:
        return boundaryFixed ? 0.8 : 0.7;
    }
  }

  /** Lexical evidence; it weighs nothing when the English has no content word to look up ("To be, or not to be"). */
  Evidence lexical(String chinese, String english) {
    LexicalCoverage.Coverage measured = coverage.measure(chinese, english);
    double value = Math.min(1, measured.ratio() / FULL_COVERAGE);
    double weight = measured.total() == 0 ? 0 : 0.45;
    return new Evidence("lexical coverage", value, weight, String.format(Locale.ROOT,
        "%d of %d English content words and %d of %d Han characters accounted for", measured.covered(),
        measured.total(), measured.hanCovered(), measured.hanTotal()));
  }

  /**
   * Whether the numbers agree: the share of the English's numbers the Chinese states too (17 in "August 17" and
   * 八一七). No evidence when neither side has a number; none found when only the Chinese has some, which is weak.
   */
  static Optional<Evidence> numbers(String chinese, String english) {
    Set<Long> wanted = Numbers.inEnglish(english);
    Set<Long> stated = Numbers.inChinese(chinese);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> parts = digitsOf(stated);
    long agreeing = wanted.stream().filter(n -> stated.contains(n) || parts.contains(n)).count();
    double value = (double) agreeing / wanted.size();
    return Optional.of(new Evidence("numbers", value, 0.15, String.format(Locale.ROOT,
        "%d of the English's %d number(s) stated in the Chinese", agreeing, wanted.size())));
  }

  /** Multi-digit numbers read as parts: 八一七 (817) states 8 and 17, as 八一七公報 does "August 17". */
  private static Set<Long> digitsOf(Set<Long> numbers) {
    Set<Long> parts = new java.util.HashSet<>();
    for (long number : numbers) {
      String digits = Long.toString(number);
      for (int split = 1; split < digits.length(); split++) {
        parts.add(Long.parseLong(digits.substring(0, split)));
        parts.add(Long.parseLong(digits.substring(split)));
      }
    }
    return parts;
  }

  static Evidence lengthRatio(String chinese, String english) {
    long han = Han.count(chinese);
    long letters = english.codePoints().filter(Character::isLetterOrDigit).count();
    double ratio = (letters + 1.0) / (Math.max(han, 1) + 0.3);
    double distance = Math.log(ratio / TYPICAL_LENGTH_RATIO) / LENGTH_RATIO_SPREAD;
    double value = Math.exp(-distance * distance / 2);
    return new Evidence("length ratio", value, 0.2,
        String.format(Locale.ROOT, "%d English letters / %d Han characters = %.2f", letters, han, ratio));
  }
}
