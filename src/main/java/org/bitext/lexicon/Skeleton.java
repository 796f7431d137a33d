package org.bitext.lexicon;

import java.util.regex.Pattern;

/**
 * Consonant skeletons for comparing a name with its transliteration: vowels go and consonants fall into the classes
 * Chinese transliteration merges (Clow and 克勞 ke lao both become "kl"; Tibilov "tplf", 季比洛夫 ji bi luo fu
 * "splf").
 */
final class Skeleton {
  private Skeleton() {}

  private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
  private static final Pattern SILENT_W = Pattern.compile("w(?![aeiouy])");

  static String ofEnglish(String lowercase) {
    String w = lowercase.replace("ph", "f").replace("th", "t").replace("sh", "s").replace("ch", "s")
        .replace("ck", "k").replace("gh", "").replace("qu", "k");
    w = SILENT_W.matcher(SOFT_C.matcher(w).replaceAll("s")).replaceAll("");
    return classes(w);
  }

  static String ofPinyin(String lowercase) {
    String w = lowercase.replace("zh", "s").replace("ch", "s").replace("sh", "s").replace("ng", "n")
        .replace("er", "l");
    return classes(w);
  }

  private static String classes(String word) {
    StringBuilder skeleton = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = consonantClass(word.charAt(i));
      if (c != 0 && (skeleton.length() == 0 || skeleton.charAt(skeleton.length() - 1) != c)) {
        skeleton.append(c);
      }
    }
    return skeleton.toString();
  }

  private static char consonantClass(char c) {
    switch (c) {
      case 'c': case 'k': case 'q': case 'g':
        return 'k';
      case 'b': case 'p':
        return 'p';
      case 'd': case 't':
        return 't';
      case 'f': case 'v': case 'w':
        return 'f';
      case 'l': case 'r':
        return 'l';
      case 'm': case 'n':
        return 'n';
      case 's': case 'z': case 'x': case 'j':
        return 's';
      default:
        return 0;
    }
  }
}
