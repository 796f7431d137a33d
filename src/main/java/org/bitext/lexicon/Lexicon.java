package org.bitext.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
  /** Classifier notes and cross-references are not meanings. */
  private static final Pattern GLOSS_NOISE = Pattern.compile("CL:\\S+|\\S*\\|\\S*|\\[[^\\]]*]");
  public static final int LONGEST_WORD = 8;

  private final Map<String, String[]> glosses;
  private final Map<Integer, String> readings;

  private Lexicon(Map<String, String[]> glosses, Map<Integer, String> readings) {
    this.glosses = glosses;
    this.readings = readings;
  }

  /** Loads the CC-CEDICT copy bundled with bitext (about a second). */
  public static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("CC-CEDICT (" + RESOURCE + ") is missing from the class path");
      }
      return parse(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled CC-CEDICT", e);
    }
  }

  static Lexicon parse(Reader source) throws IOException {
    Map<String, Set<String>> glosses = new HashMap<>();
    Map<Integer, String> readings = new HashMap<>();
    BufferedReader lines = new BufferedReader(source);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      Matcher entry = ENTRY.matcher(line);
      if (line.startsWith("#") || !entry.matches()) {
        continue;
      }
      Set<String> words = EnglishWords.contentStems(GLOSS_NOISE.matcher(entry.group(4)).replaceAll(" "));
      glosses.computeIfAbsent(entry.group(1), k -> new LinkedHashSet<>()).addAll(words);
      glosses.computeIfAbsent(entry.group(2), k -> new LinkedHashSet<>()).addAll(words);
      recordReadings(entry.group(1), entry.group(3), readings);
      recordReadings(entry.group(2), entry.group(3), readings);
    }
    Map<String, String[]> frozen = new HashMap<>(glosses.size() * 4 / 3);
    glosses.forEach((word, stems) -> frozen.put(word, stems.stream().map(String::intern).toArray(String[]::new)));
    return new Lexicon(frozen, readings);
  }

  /** A one-character headword's first reading becomes that character's pinyin, tone dropped. */
  private static void recordReadings(String headword, String pinyin, Map<Integer, String> readings) {
    if (headword.codePointCount(0, headword.length()) != 1 || pinyin.indexOf(' ') >= 0) {
      return;
    }
    String toneless = pinyin.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "").replace("u:", "u");
    readings.putIfAbsent(headword.codePointAt(0), toneless);
  }

  /** The stemmed English content words of every dictionary word found anywhere in {@code chinese}. */
  public Set<String> glossStems(String chinese) {
    Set<String> stems = new LinkedHashSet<>();
    for (int start = 0; start < chinese.length(); start++) {
      int limit = Math.min(chinese.length(), start + LONGEST_WORD);
      for (int end = start + 1; end <= limit; end++) {
        String[] found = glosses.get(chinese.substring(start, end));
        if (found != null) {
          stems.addAll(java.util.Arrays.asList(found));
        }
      }
    }
    return stems;
  }

  public boolean isWord(String chinese) {
    return glosses.containsKey(chinese);
  }

  /** The stemmed English content words CC-CEDICT gives for one Chinese word; empty if it is not a headword. */
  public Set<String> glossStemsOfWord(String word) {
    String[] found = glosses.get(word);
    return found == null ? Set.of() : Set.of(found);
  }

  /** The toneless pinyin of a character, or the empty string when CC-CEDICT has none. */
  public String pinyin(int codePoint) {
    return readings.getOrDefault(codePoint, "");
  }
}
