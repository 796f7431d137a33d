package org.bitext.align;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Lexicon;
import org.bitext.lexicon.Transliteration;

/**
 * How much of the English a Chinese span accounts for: each English content word counts as covered when CC-CEDICT
 * glosses some word of the span with it, or when it is a capitalised name that some run of the span transliterates.
 */
final class LexicalCoverage {
  private static final int KEY_LENGTH = 5;
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?:'s)?\\b");

  private final Lexicon lexicon;
  private final Transliteration transliteration;

  LexicalCoverage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.transliteration = new Transliteration(lexicon);
  }

  /** Covered and total English content words. */
  record Coverage(int covered, int total) {
    double ratio() {
      return total == 0 ? 0 : (double) covered / total;
    }
  }

  Coverage measure(String chinese, String english) {
    Set<String> wanted = keys(EnglishWords.contentStems(english));
    Set<String> glossed = keys(lexicon.glossStems(chinese));
    int covered = 0;
    for (String key : wanted) {
      if (glossed.contains(key)) {
        covered++;
      }
    }
    Matcher name = CAPITALISED.matcher(english);
    while (name.find()) {
      String key = keys(EnglishWords.contentStems(name.group())).stream().findFirst().orElse("");
      if (wanted.contains(key) && !glossed.contains(key) && transliteration.matches(name.group(), chinese)) {
        covered++;
        glossed.add(key);
      }
    }
    return new Coverage(covered, wanted.size());
  }

  /**
   * Stems cut to their first five letters: the crude stemmer leaves "assuranc" and "assur", which should meet.
   */
  private static Set<String> keys(Set<String> stems) {
    Set<String> keys = new HashSet<>();
    for (String stem : stems) {
      keys.add(stem.length() > KEY_LENGTH ? stem.substring(0, KEY_LENGTH) : stem);
    }
    return keys;
  }
}
