package org.bitext.align;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims raw parenthesised text down to the English original: language labels (英语：), wrapping quotes, Chinese
 * glosses and abbreviations after a Chinese comma, a leading abbreviation (DSL，…), and list glue (; and).
 */
final class EnglishOriginal {
  private static final Pattern ENGLISH_LABEL =
      Pattern.compile("^(?:英[语語文]|英文原文|English|英)\\s*[：:]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_LANGUAGE_LABEL = Pattern.compile("^(\\p{IsHan}{1,6}[语語文])\\s*[：:]");
  private static final Pattern ABBREVIATION_LABEL = Pattern.compile("^(?:縮寫|缩写|簡稱|简称|又稱|又称|亦稱|亦称)");
  private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z0-9&.-]{1,9}$");
  private static final Pattern TRAILING_ACRONYM = Pattern.compile(",\\s*[A-Z][A-Z0-9&.-]{1,9}$");
  private static final Pattern LIST_GLUE = Pattern.compile("(?:\\s*[;,]\\s*(?:and|or)?)+$");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern TRAILING_CHINESE_PUNCTUATION = Pattern.compile("[，；、：\\s]+$");

  private static final Pattern STANDALONE_ACRONYM = Pattern.compile("\\b[A-Z]{2,8}\\b");

  private EnglishOriginal() {}

  /** The outcome: the trimmed English, or why the text holds none. */
  sealed interface Trimmed {
    /** The English original, trimmed. */
    record Kept(String english) implements Trimmed {}

    /** No English original: why, for a person. */
    record Refused(String reason) implements Trimmed {}
  }

  static Trimmed trim(String raw) {
    String text = WHITE_SPACE.matcher(raw.strip()).replaceAll(" ");
    Matcher otherLanguage = OTHER_LANGUAGE_LABEL.matcher(text);
    if (!ENGLISH_LABEL.matcher(text).lookingAt() && otherLanguage.lookingAt()) {
      return new Trimmed.Refused("labelled as another language (" + otherLanguage.group(1) + ")");
    }
    text = ENGLISH_LABEL.matcher(text).replaceFirst("");
    text = latinPart(TRAILING_CHINESE_PUNCTUATION.matcher(text).replaceFirst(""));
    text = unquote(text.strip());
    text = LIST_GLUE.matcher(text).replaceFirst("");
    text = withoutTrailingAcronym(text);
    text = unquote(text.strip());
    if (text.isEmpty()) {
      return new Trimmed.Refused("no English left after trimming");
    }
    return new Trimmed.Kept(text);
  }

  /**
   * World Health Organization, WHO less the acronym; Open the pod bay doors please, HAL. keeps the name HAL, which
   * is no one's initials.
   */
  private static String withoutTrailingAcronym(String text) {
    Matcher trailing = TRAILING_ACRONYM.matcher(text);
    if (!trailing.find()) {
      return text;
    }
    String before = text.substring(0, trailing.start());
    String acronym = trailing.group().replaceAll("[^A-Z]", "");
    return initials(before).contains(acronym) ? before : text;
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }

  /**
   * Whether the raw English gives, beside the kept name, its acronym: 世界卫生组织（World Health Organization, WHO）.
   * A name defined with its initials is a term being introduced, whose rendering stands right before it.
   */
  static boolean givesItsAcronym(String raw, String kept) {
    String initials = initials(kept);
    Matcher acronyms = STANDALONE_ACRONYM.matcher(raw);
    while (acronyms.find()) {
      String acronym = acronyms.group();
      if (acronym.length() >= 2 && !kept.contains(acronym) && initials.contains(acronym)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the parts separated by Chinese commas or semicolons, the English one: glosses in Chinese, labelled
   * abbreviations and a bare acronym before the full form all go.
   */
  private static String latinPart(String text) {
    String[] parts = text.split("[，；]");
    if (parts.length == 1 || isSentence(text)
        && Arrays.stream(parts).map(String::strip).allMatch(EnglishOriginal::isPlainEnglish)) {
      return text;
    }
    String best = "";
    for (String part : parts) {
      String candidate = part.strip();
      if (candidate.isEmpty() || HAN.matcher(candidate).find() || ABBREVIATION_LABEL.matcher(candidate).find()) {
        continue;
      }
      if (best.isEmpty() || (ACRONYM.matcher(best).matches() && !ACRONYM.matcher(candidate).matches())) {
        best = candidate;
      }
    }
    return best;
  }

  /** Ending as a sentence does, where names listed in one parenthesis (Higgs boson，God particle) do not. */
  private static boolean isSentence(String text) {
    String end = text.strip();
    return !end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0;
  }

  /**
   * English words and nothing to drop: in a sentence, a Chinese comma between two such is a comma typed in the wrong
   * width.
   */
  private static boolean isPlainEnglish(String part) {
    return !part.isEmpty() && !HAN.matcher(part).find() && !ABBREVIATION_LABEL.matcher(part).find()
        && !ACRONYM.matcher(part).matches();
  }

  private static String unquote(String text) {
    String result = text;
    while (result.length() >= 2 && isQuotePair(result.charAt(0), result.charAt(result.length() - 1))) {
      result = result.substring(1, result.length() - 1).strip();
    }
    if (result.length() >= 3 && isOpeningQuote(result.charAt(0))) {
      int close = result.length() - 2;
      if (isClosingQuote(result.charAt(close)) && ".,;!?".indexOf(result.charAt(close + 1)) >= 0) {
        result = result.substring(1, close) + result.charAt(close + 1);
      }
    }
    return result;
  }

  private static boolean isQuotePair(char open, char close) {
    return (open == '"' && close == '"') || (open == '“' && close == '”') || (open == '\'' && close == '\'')
        || (open == '‘' && close == '’') || (open == '「' && close == '」');
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”';
  }
}
