package org.bitext.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bitext.common.Latin;
import org.bitext.lexicon.Han;

/**
 * Turns what is known of a pair into the chance that it is right: the {@link Feature}s of an {@link Observation}
 * (how it was found, how its span was decided, how much of each side the dictionary accounts for, lengths,
 * numbers, capitals, context) weighed by the learned {@link ScoreModel}. Each feature is kept as evidence so that
 * {@code bitext inspect} can show why a pair scored as it did.
 */
final class Scorer {
  /** Coverage from which the lexical fit of a span is full: dictionaries never gloss every word of a translation. */
  private static final double FULL_COVERAGE = 0.6;
  /** English letters per Chinese character in real zh–en pairs (the seed's first pair: 68 / 22). */
  private static final double TYPICAL_LENGTH_RATIO = 3.2;
  private static final double LENGTH_RATIO_SPREAD = 0.6;
  private static final int MOST_COMPETITORS = 3;

  private final LexicalCoverage coverage;
  private final ScoreModel model;

  Scorer(LexicalCoverage coverage, ScoreModel model) {
    this.coverage = coverage;
    this.model = model;
  }

  LexicalCoverage coverage() {
    return coverage;
  }

  /** The score, the features it came from and each one's evidence. */
  record Scored(double score, FeatureVector features, List<Evidence> evidence) {}

  /**
   * Whether two lines that merely stand next to each other translate each other: the dictionary accounts for at
   * least half of each side, since adjacency alone proves nothing.
   */
  boolean translatesLine(String chinese, String english) {
    return halfOfEachSide(coverage.measure(chinese, english));
  }

  private static boolean halfOfEachSide(LexicalCoverage.Coverage measured) {
    return measured.total() > 0 && measured.hanTotal() > 0 && 2 * measured.covered() >= measured.total()
        && 2 * measured.hanCovered() >= measured.hanTotal();
  }

  /** Whether the dictionary accounts for something of each side: a word of the English and a character. */
  boolean accountsForSome(String chinese, String english) {
    LexicalCoverage.Coverage measured = coverage.measure(chinese, english);
    return measured.covered() > 0 && measured.hanCovered() > 0;
  }

  Scored score(Observation pair) {
    Map<Feature, Double> values = new EnumMap<>(Feature.class);
    Map<Feature, String> details = new EnumMap<>(Feature.class);
    values.put(Feature.BIAS, 1.0);
    values.put(Feature.of(pair.pattern()), 1.0);
    values.put(Feature.of(pair.rule()), 1.0);
    values.put(Feature.SENTENCE, pair.kind() == PairKind.SENTENCE ? 1.0 : 0);
    addLexical(pair, values, details);
    Evidence length = lengthRatio(pair.chinese(), pair.english());
    values.put(Feature.LENGTH_FIT, length.value());
    details.put(Feature.LENGTH_FIT, length.detail());
    addNumbers(pair, values, details);
    addShape(pair, values);
    values.put(Feature.SPEAKER, pair.speakerFound() ? 1.0 : 0);
    values.put(Feature.CITED, pair.cited() ? 1.0 : 0);
    values.put(Feature.COMPETITORS, (double) Math.min(pair.competitors(), MOST_COMPETITORS) / MOST_COMPETITORS);
    values.put(Feature.BLOCK_SUPPORT, pair.block().share());
    values.put(Feature.BLOCK_IN_ORDER, pair.block().inOrder() ? 1.0 : 0);
    values.put(Feature.ACRONYM_GIVEN, pair.acronymGiven() ? 1.0 : 0);
    FeatureVector features = FeatureVector.of(values);
    double score = Math.round(model.probability(features) * 1000) / 1000.0;
    return new Scored(score, features, evidence(features, details));
  }

  private void addLexical(Observation pair, Map<Feature, Double> values, Map<Feature, String> details) {
    LexicalCoverage.Coverage measured = coverage.measure(pair.chinese(), pair.english());
    values.put(Feature.ENGLISH_COVERAGE, measured.total() == 0 ? 0 : (double) measured.covered() / measured.total());
    values.put(Feature.HAN_COVERAGE, measured.hanTotal() == 0 ? 0
        : (double) measured.hanCovered() / measured.hanTotal());
    values.put(Feature.ENGLISH_UNRENDERED, measured.total() == 0 ? 0 : (double) measured.unrendered() / measured.total());
    values.put(Feature.NO_CONTENT_WORDS, measured.total() == 0 ? 1.0 : 0);
    values.put(Feature.LINE_SUPPORTED, halfOfEachSide(measured) ? 1.0 : 0);
    details.put(Feature.ENGLISH_COVERAGE, String.format(Locale.ROOT, "%d of %d English content words",
        measured.covered(), measured.total()));
    details.put(Feature.ENGLISH_UNRENDERED, String.format(Locale.ROOT, "%d of %d English content words",
        measured.unrendered(), measured.total()));
    details.put(Feature.HAN_COVERAGE, String.format(Locale.ROOT, "%d of %d Han characters", measured.hanCovered(),
        measured.hanTotal()));
  }

  private static void addNumbers(Observation pair, Map<Feature, Double> values, Map<Feature, String> details) {
    numberAgreement(pair.chinese(), pair.english()).ifPresent(agreement -> {
      values.put(Feature.NUMBERS_AGREE, agreement.value());
      values.put(Feature.NUMBERS_DISAGREE, 1 - agreement.value());
      details.put(Feature.NUMBERS_AGREE, agreement.detail());
    });
  }

  private static void addShape(Observation pair, Map<Feature, Double> values) {
    List<String> words = EnglishCheck.words(pair.english());
    long capitalised = words.stream().filter(word -> Character.isUpperCase(word.codePointAt(0))).count();
    boolean capitals = pair.english().codePoints().filter(Character::isLetter).count() >= 2
        && pair.english().codePoints().filter(Character::isLowerCase).findAny().isEmpty();
    values.put(Feature.ENGLISH_WORDS, Math.log1p(words.size()));
    values.put(Feature.HAN_CHARACTERS, Math.log1p(Han.count(pair.chinese())));
    values.put(Feature.CAPITALISED, words.isEmpty() ? 0 : (double) capitalised / words.size());
    values.put(Feature.ALL_CAPITALS, capitals ? 1.0 : 0);
    values.put(Feature.SENTENCE_END, pair.english().strip().matches(".*[.!?][\"'”’)]*$") ? 1.0 : 0);
    values.put(Feature.LATIN_IN_CHINESE, Latin.count(pair.chinese()) > 0 ? 1.0 : 0);
  }

  /** Each feature that is not 0, with its weight and, where there is one, the measurement behind it. */
  private List<Evidence> evidence(FeatureVector features, Map<Feature, String> details) {
    List<Evidence> evidence = new ArrayList<>();
    features.nonZero().forEach((feature, value) -> evidence.add(new Evidence(feature.label(), value,
        model.weight(feature), details.getOrDefault(feature, ""))));
    return evidence;
  }

  /** How well a Chinese span fits the English, for choosing among spans: lexical coverage and length. */
  double fit(String chinese, String english) {
    return 0.45 * lexicalFit(chinese, english) + 0.2 * lengthRatio(chinese, english).value();
  }

  /** Lexical fit of a span: 0 when the English has no content word to look up ("To be, or not to be"). */
  double lexicalFit(String chinese, String english) {
    LexicalCoverage.Coverage measured = coverage.measure(chinese, english);
    return measured.total() == 0 ? 0 : Math.min(1, measured.ratio() / FULL_COVERAGE);
  }

  /**
   * Whether the numbers agree: the share of the English's numbers the Chinese states too (17 in "August 17" and
   * 八一七). No evidence when neither side has a number; none found when only the Chinese has some, which is weak.
   */
  static Optional<Evidence> numberAgreement(String chinese, String english) {
    Set<Long> wanted = Numbers.inEnglish(english);
    Set<Long> stated = Numbers.inChinese(chinese);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> parts = digitsOf(stated);
    long agreeing = wanted.stream().filter(n -> stated.contains(n) || parts.contains(n)).count();
    double value = (double) agreeing / wanted.size();
    return Optional.of(new Evidence("numbers", value, 1, String.format(Locale.ROOT,
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
    return new Evidence("length ratio", value, 1,
        String.format(Locale.ROOT, "%d English letters / %d Han characters = %.2f", letters, han, ratio));
  }
}
