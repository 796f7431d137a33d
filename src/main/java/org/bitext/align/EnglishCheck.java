package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether trimmed text is an English original worth pairing: Latin script, real words rather than an
 * acronym, date or code, and not another language written in Latin letters (French, Latin, German…).
 */
final class EnglishCheck {
  private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}']+");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.(com|org|net)\\b|@\\w+\\.");
  private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
  /** Model numbers and codes: a token mixing capitals and digits (RGM-79N, MS-09RII, F71-B, Q2). */
  private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d])(?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\\p{L}\\d])");
  private static final Pattern FOREIGN_DIACRITIC = Pattern.compile("[àâäçéèêëîïôöùûüÿñœæßøåãõáíóúÀÂÇÉÈÊÎÔÖÜÑ]");
  private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "is",
      "are", "was", "were", "be", "been", "that", "this", "it", "we", "you", "he", "she", "they", "not", "no", "on",
      "for", "with", "by", "as", "at", "from", "will", "would", "has", "have", "had", "our", "their", "his", "her",
      "which", "who", "what", "do", "does", "did", "can", "should", "there", "but", "if", "so", "its", "i");
  private static final Set<String> FOREIGN_WORDS = Set.of("le", "la", "les", "des", "du", "une", "est", "et",
      "que", "qui", "dans", "pour", "pas", "il", "elle", "nous", "vous", "ils", "sont", "avec", "sur", "au", "aux",
      "ce", "cette", "mais", "ou", "je", "tu", "ne", "se", "sa", "son", "ses", "leur", "der", "die", "das", "und",
      "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "el", "los", "las", "y", "en", "por", "con", "del",
      "una", "non", "sunt", "ad", "cum", "quod", "quae", "ex", "sed", "ut", "enim", "esse", "di", "che");

  private EnglishCheck() {}

  /** Empty when the text is English; else why not. */
  static String rejection(String text) {
    if (NON_LATIN_LETTER.matcher(text).find()) {
      return "not in Latin script";
    }
    if (URL.matcher(text).find()) {
      return "a URL or address";
    }
    if (CODE.matcher(text).find()) {
      return "holds a model number or code";
    }
    List<String> words = words(text);
    boolean hasWord = words.stream().anyMatch(word -> word.length() >= 2 && !word.equals(upper(word)));
    if (!hasWord) {
      return words.size() <= 1 ? "an acronym, number or code, not a translation" : "no English words";
    }
    long english = words.stream().filter(word -> ENGLISH_WORDS.contains(lower(word))).count();
    long foreign = words.stream().filter(word -> FOREIGN_WORDS.contains(lower(word))).count();
    if (foreign > english && foreign >= 1 && words.size() >= 3) {
      return "another language in Latin letters (" + foreign + " of its words are French, German, Latin…)";
    }
    if (english == 0 && FOREIGN_DIACRITIC.matcher(text).find()) {
      return "another language in Latin letters (its accents are not English)";
    }
    return "";
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
