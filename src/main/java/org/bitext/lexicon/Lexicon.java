package org.bitext.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT as lexical evidence: the English gloss words of each Chinese word (traditional and simplified
 * headwords alike), and the pinyin of each character. Immutable once loaded; share one instance.
 */
public final class Lexicon {
  private static final String RESOURCE = "cedict_ts.u8.gz";
  /** {@code 傳統 传统 [chuan2 tong3] /tradition/traditional/} */
  private static final Pattern ENTRY = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)] /(.*)/\\s*$");
  /** Cross-references (個|个[ge4]) and pinyin in brackets are not meanings. */
  private static final Pattern GLOSS_NOISE = Pattern.compile("\\S+\\|\\S+|\\[[^\\]]*]");
  private static final int LONGEST_WORD = 8;
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![A-Za-z])[a-z][a-z]+");

  private final Map<String, List<String>> glosses;
  private final Map<Integer, String> readings;
  private final Map<Integer, Integer> simplified;
  /** Characters that only simplified script uses (国, 们): the targets of simplification that are not sources. */
  private final Set<Integer> simplifiedForms;
  /** The script of each BMP character that has one, as a table: whole articles are looked up. */
  private final byte[] bmpScripts = new byte[Character.MAX_VALUE + 1];
  /** For each char, the longest headword (up to {@link #LONGEST_WORD}) that starts with it: most start only short ones. */
  private final byte[] longestWordFrom = new byte[Character.MAX_VALUE + 1];
  /**
   * A hash of the first two chars of every headword of two or more, as bits: a text's two chars whose bit is clear
   * start no headword, so the longer ones from there are not looked up (a hash lookup of a new string each).
   */
  private final BitSet wordOpenings = new BitSet(OPENING_BITS);
  private static final int OPENING_BITS = 1 << 22;
  private static final byte TRADITIONAL_CHAR = 1;
  private static final byte SIMPLIFIED_CHAR = 2;
  /** Stems of the words CC-CEDICT writes in lower case in some gloss: common words, not names. */
  private final Set<String> commonWords;

  Lexicon(Map<String, List<String>> glosses, Map<Integer, String> readings, Map<Integer, Integer> simplified,
      Set<String> commonWords) {
    this.glosses = glosses;
    for (String word : glosses.keySet()) {
      char first = word.charAt(0);
      longestWordFrom[first] = (byte) Math.max(longestWordFrom[first], Math.min(word.length(), LONGEST_WORD));
      if (word.length() >= 2) {
        wordOpenings.set(opening(first, word.charAt(1)));
      }
    }
    this.commonWords = commonWords;
    this.simplifiedForms = new HashSet<>(simplified.values());
    this.simplifiedForms.removeAll(simplified.keySet());
    this.readings = readings;
    this.simplified = simplified;
    simplified.keySet().stream().filter(cp -> cp <= Character.MAX_VALUE)
        .forEach(cp -> bmpScripts[cp] = TRADITIONAL_CHAR);
    simplifiedForms.stream().filter(cp -> cp <= Character.MAX_VALUE)
        .forEach(cp -> bmpScripts[cp] = SIMPLIFIED_CHAR);
  }

  Map<String, List<String>> glosses() {
    return glosses;
  }

  Map<Integer, String> readings() {
    return readings;
  }

  Map<Integer, Integer> simplified() {
    return simplified;
  }

  Set<String> commonWords() {
    return commonWords;
  }

  private byte scriptOf(int cp) {
    if (cp <= Character.MAX_VALUE) {
      return bmpScripts[cp];
    }
    if (simplified.containsKey(cp)) {
      return TRADITIONAL_CHAR;
    }
    return simplifiedForms.contains(cp) ? SIMPLIFIED_CHAR : 0;
  }

  /**
   * Loads the CC-CEDICT copy bundled with bitext: the form {@link LexiconFile} compiled from it at build time (a
   * fraction of a second), or, when that is missing (classes built without Maven), the text itself (about two).
   */
  public static Lexicon load() {
    try (InputStream compiled = Lexicon.class.getResourceAsStream(LexiconFile.RESOURCE)) {
      if (compiled != null) {
        return LexiconFile.read(compiled);
      }
      return loadText();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled CC-CEDICT", e);
    }
  }

  /** Parses the bundled CC-CEDICT text. */
  static Lexicon loadText() throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("CC-CEDICT (" + RESOURCE + ") is missing from the class path");
      }
      return parse(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
    }
  }

  static Lexicon parse(Reader source) throws IOException {
    Map<String, Set<String>> glosses = new HashMap<>();
    Map<Integer, String> readings = new HashMap<>();
    Map<Integer, Integer> simplified = new HashMap<>();
    Set<String> commonWords = new HashSet<>();
    BufferedReader lines = new BufferedReader(source);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      Matcher entry = ENTRY.matcher(line);
      if (line.startsWith("#") || !entry.matches()) {
        continue;
      }
      Set<String> words = glossStemsOf(entry.group(4));
      glosses.computeIfAbsent(entry.group(1), k -> new LinkedHashSet<>()).addAll(words);
      glosses.computeIfAbsent(entry.group(2), k -> new LinkedHashSet<>()).addAll(words);
      recordReadings(entry.group(1), entry.group(3), readings);
      recordReadings(entry.group(2), entry.group(3), readings);
      recordSimplified(entry.group(1), entry.group(2), simplified);
      recordCommonWords(entry.group(4), commonWords);
    }
    Map<String, List<String>> frozen = new HashMap<>(glosses.size() * 4 / 3);
    glosses.forEach((word, stems) -> frozen.put(word, stems.stream().map(String::intern).toList()));
    return new Lexicon(frozen, readings, simplified, commonWords);
  }

  private static void recordCommonWords(String senses, Set<String> commonWords) {
    Matcher word = LOWER_CASE_WORD.matcher(senses);
    while (word.find()) {
      commonWords.add(EnglishWords.stem(word.group()));
    }
  }

  private static void recordSimplified(String traditional, String simple, Map<Integer, Integer> simplified) {
    if (traditional.codePointCount(0, traditional.length()) == 1 && simple.codePointCount(0, simple.length()) == 1
        && !traditional.equals(simple)) {
      simplified.putIfAbsent(traditional.codePointAt(0), simple.codePointAt(0));
    }
  }

  /**
   * The script of {@code text}: characters that exist only in traditional script (the keys of the simplification
   * map) against characters that simplification produces, which traditional text does not use.
   */
  public ChineseScript script(String text) {
    int traditional = 0;
    int simplifiedOnly = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte script = scriptOf(cp);
      if (script == TRADITIONAL_CHAR) {
        traditional++;
      } else if (script == SIMPLIFIED_CHAR) {
        simplifiedOnly++;
      }
      i += Character.charCount(cp);
    }
    if (traditional == simplifiedOnly) {
      return ChineseScript.UNKNOWN;
    }
    return traditional > simplifiedOnly ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
  }

  /**
   * The text in simplified characters, character for character (so offsets stay valid): tools trained on
   * simplified Chinese, like CoreNLP's CTB segmenter, read traditional text badly.
   */
  public String toSimplified(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      int mapped = simplified.getOrDefault(cp, cp);
      out.appendCodePoint(Character.charCount(mapped) == Character.charCount(cp) ? mapped : cp);
    });
    return out.toString();
  }

  /** The content stems of every sense ({@code /island/CL:個|个[ge4]/}); classifier notes are not senses. */
  private static Set<String> glossStemsOf(String senses) {
    Set<String> stems = new LinkedHashSet<>();
    for (String sense : senses.split("/")) {
      if (!sense.startsWith("CL:")) {
        stems.addAll(EnglishWords.contentStems(GLOSS_NOISE.matcher(sense).replaceAll(" ")));
      }
    }
    return stems;
  }

  /** A one-character headword's first reading becomes that character's pinyin, tone dropped. */
  private static void recordReadings(String headword, String pinyin, Map<Integer, String> readings) {
    if (headword.codePointCount(0, headword.length()) != 1 || pinyin.indexOf(' ') >= 0) {
      return;
    }
    String toneless = pinyin.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "").replace("u:", "u");
    readings.putIfAbsent(headword.codePointAt(0), toneless);
  }

  /** A dictionary word found in a text: where it is, and the stemmed English content words of its glosses. */
  public record Word(int start, int end, List<String> glossStems) {}

  /** Every dictionary word found anywhere in {@code chinese}, overlapping ones included, by start then end. */
  public List<Word> wordsIn(String chinese) {
    List<Word> words = new ArrayList<>();
    for (int start = 0; start < chinese.length(); start++) {
      int limit = Math.min(chinese.length(), start + longestWordFrom[chinese.charAt(start)]);
      if (limit > start + 1 && !wordOpenings.get(opening(chinese.charAt(start), chinese.charAt(start + 1)))) {
        limit = start + 1;
      }
      for (int end = start + 1; end <= limit; end++) {
        List<String> found = glosses.get(chinese.substring(start, end));
        if (found != null) {
          words.add(new Word(start, end, found));
        }
      }
    }
    return words;
  }

  private static int opening(char first, char second) {
    return (first * 31 + second) & (OPENING_BITS - 1);
  }

  /** Whether CC-CEDICT writes the word in lower case in some gloss: a common word (academy), not a name (Birmingham). */
  public boolean isCommonWord(String stem) {
    return commonWords.contains(stem);
  }

  public boolean isWord(String chinese) {
    return glosses.containsKey(chinese);
  }

  /** The toneless pinyin of a character, or the empty string when CC-CEDICT has none. */
  public String pinyin(int codePoint) {
    return readings.getOrDefault(codePoint, "");
  }
}
