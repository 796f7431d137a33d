package org.bitext.align;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Han;
import org.bitext.lexicon.Lexicon;
import org.bitext.lexicon.Transliteration;

/**
 * How much of the English a Chinese span accounts for: each English content word counts as covered when CC-CEDICT
 * glosses some word of the span with it, or when it is a capitalised name that some run of the span transliterates.
 */
final class LexicalCoverage {
  private static final int KEY_LENGTH = 5;
  private static final int MIN_COMPOUND_PART = 6;
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?:'s)?\\b");

  private final Lexicon lexicon;
  private final Transliteration transliteration;

  LexicalCoverage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.transliteration = new Transliteration(lexicon);
  }

  /**
   * Both directions: English content words the Chinese accounts for, and Han characters the English accounts for.
   * A free translation scores well on both; a Chinese span that says more (or other things) fails the second.
   *
   * @param fully English stems covered by a whole dictionary word or a transliteration
   * @param partly English stems covered only by part of a compound (编程 in "metaprogramming")
   * @param total English content stems
   * @param unrendered English content stems that are common words in the dictionary (corporation, ground) and that
   *     the Chinese does not account for: a word a translator would have rendered, unlike a name nobody glosses
   * @param hanCovered Han characters the English accounts for
   * @param hanTotal Han characters
   * @param firstGlossed where the first dictionary word glossed by an English word starts in the Chinese, or -1
   */
  record Coverage(Set<String> fully, int partly, int total, int unrendered, int hanCovered, int hanTotal,
      int firstGlossed) {
    Coverage {
      fully = Set.copyOf(fully);
    }

    int covered() {
      return fully.size() + partly;
    }

    double ratio() {
      double english = total == 0 ? 0 : (double) covered() / total;
      double chinese = hanTotal == 0 ? 0 : (double) hanCovered / hanTotal;
      return total == 0 ? 0 : Math.sqrt(english * chinese);
    }
  }

  Coverage measure(String chinese, String english) {
    Set<String> englishStems = EnglishWords.contentStems(english);
    List<Lexicon.Word> words = lexicon.wordsIn(chinese);
    Set<String> glossed = new HashSet<>();
    for (Lexicon.Word word : words) {
      for (String stem : word.glossStems()) {
        glossed.add(key(stem));
      }
    }
    Set<String> fully = new HashSet<>();
    int partly = 0;
    int unrendered = 0;
    for (String stem : englishStems) {
      if (glossed.contains(key(stem))) {
        fully.add(stem);
      } else if (words.stream().anyMatch(word -> containsGlossedWord(stem, word.glossStems()))) {
        partly++;
      } else if (lexicon.isCommonWord(stem)) {
        unrendered++;
      }
    }
    boolean[] hanCovered = new boolean[chinese.length()];
    Matcher name = CAPITALISED.matcher(english);
    while (name.find()) {
      String stem = EnglishWords.contentStems(name.group()).stream().findFirst().orElse("");
      int[] run = isName(stem) ? transliteration.match(name.group(), chinese) : new int[0];
      if (run.length > 0) {
        Arrays.fill(hanCovered, run[0], run[1], true);
        fully.add(stem);
      }
    }
    int firstGlossed = markGlossedWords(words, englishStems, hanCovered);
    return new Coverage(fully, partly, englishStems.size(), unrendered, countHan(chinese, hanCovered),
        Han.count(chinese), firstGlossed);
  }

  /**
   * Where the first of the English's names is heard in the Chinese, each name from the first character on which it
   * can be heard, or -1 when none is.
   */
  int firstNamed(String chinese, String english) {
    int first = -1;
    Matcher name = CAPITALISED.matcher(english);
    while (name.find()) {
      String stem = EnglishWords.contentStems(name.group()).stream().findFirst().orElse("");
      int[] run = isName(stem) ? transliteration.match(name.group(), chinese) : new int[0];
      if (run.length > 0) {
        first = first < 0 ? run[0] : Math.min(first, run[0]);
      }
    }
    return first;
  }

  boolean isWord(String chinese) {
    return lexicon.isWord(chinese);
  }

  String toSimplified(String chinese) {
    return lexicon.toSimplified(chinese);
  }

  /**
   * A capitalised word CC-CEDICT never writes in lower case: a name (Tibilov, Birmingham), transliterated rather
   * than translated, as opposed to a common word capitalised in a title (Academy).
   */
  private boolean isName(String stem) {
    return stem.length() >= 3 && !lexicon.isCommonWord(stem);
  }

  /** A compound whose part is glossed: "metaprogramming" holds "programm" (编程). */
  private static boolean containsGlossedWord(String stem, Collection<String> glossedStems) {
    if (stem.length() <= MIN_COMPOUND_PART) {
      return false;
    }
    for (String glossedStem : glossedStems) {
      if (glossedStem.length() >= MIN_COMPOUND_PART && stem.contains(glossedStem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Stems cut to their first five letters: the crude stemmer leaves "assuranc" and "assur", which should meet.
   */
  private static Set<String> keys(Set<String> stems) {
    Set<String> keys = new HashSet<>();
    for (String stem : stems) {
      keys.add(key(stem));
    }
    return keys;
  }

  /**
   * Marks the chars of every dictionary word glossed by one of the English words. Every word starting at every
   * position is tried, so the count does not hang on one segmentation. Returns where the first of them starts, or -1.
   */
  private static int markGlossedWords(List<Lexicon.Word> words, Set<String> englishStems, boolean[] covered) {
    Set<String> englishKeys = keys(englishStems);
    int first = -1;
    for (Lexicon.Word word : words) {
      if (isGlossedBy(word.glossStems(), englishStems, englishKeys)) {
        Arrays.fill(covered, word.start(), word.end(), true);
        first = first < 0 ? word.start() : Math.min(first, word.start());
      }
    }
    return first;
  }

  /** Whether CC-CEDICT glosses the Chinese word with one of the English words. */
  private static boolean isGlossedBy(List<String> stems, Set<String> englishStems, Set<String> englishKeys) {
    for (String stem : stems) {
      if (englishKeys.contains(key(stem))) {
        return true;
      }
    }
    return englishStems.stream().anyMatch(stem -> containsGlossedWord(stem, stems));
  }

  private static int countHan(String chinese, boolean[] covered) {
    int count = 0;
    for (int i = 0; i < covered.length; i++) {
      if (covered[i] && Han.isHan(chinese.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static String key(String stem) {
    return stem.length() > KEY_LENGTH ? stem.substring(0, KEY_LENGTH) : stem;
  }
}
