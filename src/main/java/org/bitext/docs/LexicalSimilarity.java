package org.bitext.docs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Han;
import org.bitext.lexicon.Lexicon;

/**
 * Dictionary evidence in both directions: an English sentence's content words that CC-CEDICT glosses some word of
 * the Chinese with (weighted by how rare the word is in the English document, so "said" and "God" count less than
 * "firmament"), and the Han characters of the Chinese whose dictionary words the English glosses.
 *
 * <p>Each Chinese sentence keeps, for every gloss key the English document uses, the bit mask of the characters
 * glossed with it: a pair is then a few binary searches and mask ORs, whatever the dictionary's size.
 */
public final class LexicalSimilarity implements Similarity {
  /** Stems are cut to five letters, as in the mining aligner: "assuranc" and "assur" meet. */
  private static final int KEY_LENGTH = 5;
  /** Only this much of a sentence is compared: a huge line left unsplit would cost its length squared in masks. */
  static final int COMPARED_CHARS = 2000;

  private final Lexicon lexicon;

  public LexicalSimilarity(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Evidence prepare(List<DocumentSentence> zh, List<DocumentSentence> en) {
    Map<String, Integer> keyIds = new HashMap<>();
    int[][] englishKeys = new int[en.size()][];
    for (int j = 0; j < en.size(); j++) {
      englishKeys[j] = englishKeys(compared(en.get(j).text()), keyIds);
    }
    double[] weights = inverseFrequencies(englishKeys, keyIds.size());
    ChineseSentence[] chinese = new ChineseSentence[zh.size()];
    Map<List<String>, int[]> glossIds = new IdentityHashMap<>();
    for (int i = 0; i < zh.size(); i++) {
      chinese[i] = chineseSentence(compared(zh.get(i).text()), keyIds, glossIds);
    }
    return new Prepared(chinese, englishKeys, weights);
  }

  private static String compared(String text) {
    return text.length() > COMPARED_CHARS ? text.substring(0, COMPARED_CHARS) : text;
  }

  static String key(String stem) {
    return stem.length() > KEY_LENGTH ? stem.substring(0, KEY_LENGTH) : stem;
  }

  private static int[] englishKeys(String text, Map<String, Integer> keyIds) {
    Set<Integer> ids = new LinkedHashSet<>();
    for (String stem : EnglishWords.contentStems(text)) {
      ids.add(keyIds.computeIfAbsent(key(stem), k -> keyIds.size()));
    }
    return ids.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** log(1 + sentences / sentences with the key): a key in every sentence still weighs a little. */
  private static double[] inverseFrequencies(int[][] englishKeys, int vocabulary) {
    int[] documentFrequency = new int[vocabulary];
    for (int[] keys : englishKeys) {
      for (int key : keys) {
        documentFrequency[key]++;
      }
    }
    double[] weights = new double[vocabulary];
    for (int key = 0; key < vocabulary; key++) {
      weights[key] = Math.log(1 + (double) englishKeys.length / documentFrequency[key]);
    }
    return weights;
  }

  /** The keys the English document uses that some word of {@code text} is glossed with, each with its chars. */
  private ChineseSentence chineseSentence(String text, Map<String, Integer> keyIds,
      Map<List<String>, int[]> glossIds) {
    int words = (text.length() + 63) / 64;
    Map<Integer, long[]> masks = new HashMap<>();
    for (Lexicon.Word word : lexicon.wordsIn(text)) {
      // The lexicon hands out one gloss list per headword: its keys the English uses are looked up once.
      for (int id : glossIds.computeIfAbsent(word.glossStems(), stems -> usedKeys(stems, keyIds))) {
        long[] mask = masks.computeIfAbsent(id, k -> new long[words]);
        for (int c = word.start(); c < word.end(); c++) {
          if (Han.isHan(text.charAt(c))) {
            mask[c >> 6] |= 1L << c;
          }
        }
      }
    }
    int[] keys = masks.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    long[] flat = new long[keys.length * words];
    for (int k = 0; k < keys.length; k++) {
      System.arraycopy(masks.get(keys[k]), 0, flat, k * words, words);
    }
    return new ChineseSentence(keys, flat, words, Han.count(text));
  }

  private static int[] usedKeys(List<String> stems, Map<String, Integer> keyIds) {
    return stems.stream().map(stem -> keyIds.get(key(stem))).filter(java.util.Objects::nonNull).distinct()
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * @param keys the gloss keys, sorted
   * @param masks for key {@code k}, {@code words} longs from {@code k * words}: the Han chars glossed with it
   */
  private record ChineseSentence(int[] keys, long[] masks, int words, int han) {}

  private static final class Prepared implements Evidence {
    private final ChineseSentence[] chinese;
    private final int[][] englishKeys;
    private final double[] weights;
    private final double[] englishMass;

    Prepared(ChineseSentence[] chinese, int[][] englishKeys, double[] weights) {
      this.chinese = chinese;
      this.englishKeys = englishKeys;
      this.weights = weights;
      this.englishMass = new double[englishKeys.length];
      for (int j = 0; j < englishKeys.length; j++) {
        for (int key : englishKeys[j]) {
          englishMass[j] += weights[key];
        }
      }
    }

    @Override
    public double zhMass(int zh) {
      return chinese[zh].han();
    }

    @Override
    public double enMass(int en) {
      return englishMass[en];
    }

    @Override
    public Overlap overlap(int zh, int en) {
      ChineseSentence sentence = chinese[zh];
      if (sentence.keys().length == 0) {
        return Overlap.NONE;
      }
      long[] covered = sentence.words() == 1 ? null : new long[sentence.words()];
      long coveredWord = 0;
      double english = 0;
      for (int key : englishKeys[en]) {
        int k = Arrays.binarySearch(sentence.keys(), key);
        if (k < 0) {
          continue;
        }
        english += weights[key];
        if (covered == null) {
          coveredWord |= sentence.masks()[k];
        } else {
          for (int w = 0; w < covered.length; w++) {
            covered[w] |= sentence.masks()[k * covered.length + w];
          }
        }
      }
      int han = covered == null ? Long.bitCount(coveredWord) : Arrays.stream(covered).mapToInt(Long::bitCount).sum();
      return english == 0 && han == 0 ? Overlap.NONE : new Overlap(han, english);
    }
  }
}
