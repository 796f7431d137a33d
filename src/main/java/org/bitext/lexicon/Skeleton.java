package org.bitext.lexicon;

/**
 * Consonant skeletons for comparing a name with its transliteration: vowels go and consonants fall into the classes
 * Chinese transliteration merges (Clow and 克勞 ke lao both become "kl"; Tibilov "tplf", 季比洛夫 ji bi luo fu
 * "splf").
 */
final class Skeleton {
  private Skeleton() {}

  static String ofEnglish(String lowercase) {
    String w = lowercase.replace("ph", "f").replace("th", "t").replace("sh", "s").replace("ch", "s")
        .replace("ck", "k").replace("gh", "").replace("qu", "k").replaceAll("c(?=[eiy])", "s")
        .replaceAll("w(?![aeiouy])", "");
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
