package org.bitext.lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English content words, crudely stemmed so that a gloss's "recognizes" meets a pair's "recognition". */
public final class EnglishWords {
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "is", "are",
      "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "we", "you", "he", "she",
      "they", "them", "his", "her", "our", "their", "us", "i", "me", "my", "on", "for", "with", "by", "as", "at",
      "from", "will", "would", "has", "have", "had", "which", "who", "whom", "what", "do", "does", "did", "can",
      "could", "should", "there", "but", "if", "so", "than", "then", "into", "about", "also", "not", "no", "nor",
      "sth", "sb", "etc", "used", "one", "s");

  private EnglishWords() {}

  /** The stems of the content words of {@code text}, in order of first appearance. */
  public static Set<String> contentStems(String text) {
    Set<String> stems = new LinkedHashSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String lower = word.group().toLowerCase(Locale.ROOT);
      for (String part : lower.split("-")) {
        if (part.length() > 1 && !STOP_WORDS.contains(part)) {
          stems.add(stem(part));
        }
      }
    }
    return stems;
  }

  /** The stem of one lower-case word. */
  public static String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
    w = stripSuffix(w, "ness", 3);
    w = stripSuffix(w, "ations", 4);
    w = stripSuffix(w, "ation", 4);
    w = stripSuffix(w, "ition", 4);
    w = stripSuffix(w, "ing", 4);
    w = w.endsWith("ies") && w.length() > 5 ? w.substring(0, w.length() - 3) + "i" : w;
    w = stripSuffix(w, "ed", 4);
    w = stripSuffix(w, "es", 4);
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    w = stripSuffix(w, "e", 4);
    // lazy, laziness and lazily all become "lazi".
    return w.length() > 3 && w.endsWith("y") ? w.substring(0, w.length() - 1) + "i" : w;
  }

  private static String stripSuffix(String word, String suffix, int minStem) {
    return word.endsWith(suffix) && word.length() - suffix.length() >= minStem
        ? word.substring(0, word.length() - suffix.length())
        : word;
  }
}
