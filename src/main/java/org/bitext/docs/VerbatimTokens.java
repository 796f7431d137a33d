package org.bitext.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.lexicon.EnglishWords;

/**
 * What a translation carries over as it is: Latin-script words and Arabic numbers. Inside Chinese text they are
 * names, commands and figures the dictionary has nothing for, and the English sentence that renders the Chinese has
 * them too ({@code kube-controller-manager}, {@code RFC 1123}, {@code 253}).
 */
final class VerbatimTokens {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'-]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private VerbatimTokens() {}

  /**
   * A Latin-script word or number in Chinese text and the keys an English sentence would have for it.
   *
   * @param start where it starts in the text
   */
  record Token(int start, Set<String> keys) {}

  /** The tokens of Chinese text that give a key: a stop word alone ("the") gives none. */
  static List<Token> in(String chinese) {
    List<Token> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(chinese);
    while (token.find()) {
      Set<String> keys = keys(token.group());
      if (!keys.isEmpty()) {
        tokens.add(new Token(token.start(), keys));
      }
    }
    return tokens;
  }

  /** The words' keys, as the English side has them, and each number as {@code #} and its digits. */
  static Set<String> keys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (String stem : EnglishWords.contentStems(text)) {
      keys.add(LexicalSimilarity.key(stem));
    }
    keys.addAll(numbers(text));
    return keys;
  }

  /** Numbers are whole or nothing: 1123 is not 1124, so they are not cut like words. */
  static Set<String> numbers(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      numbers.add("#" + number.group());
    }
    return numbers;
  }
}
