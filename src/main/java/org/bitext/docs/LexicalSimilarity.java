package org.bitext.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitext.lexicon.Han;
import org.bitext.lexicon.Lexicon;

/**
 * Dictionary evidence in both directions: an English sentence's content words that CC-CEDICT glosses some word of
 * the Chinese with (weighted by how rare the word is in the English document, so "said" and "God" count less than
 * "firmament"), and the Han characters of the Chinese whose dictionary words the English glosses. Latin-script words
 * and numbers inside the Chinese ({@link VerbatimTokens}) stand for themselves: the English sentence that has the
 * same word or number accounts for them, and each counts as one character of the Chinese.
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
    ChineseMasks[] chinese = new ChineseMasks[zh.size()];
    Map<List<String>, int[]> glossIds = new IdentityHashMap<>();
    List<String> texts = zh.stream().map(sentence -> compared(sentence.text())).toList();
    for (int i = 0; i < zh.size(); i++) {
      chinese[i] = chineseSentence(texts.get(i), keyIds, glossIds);
    }
    return new Prepared(new Sentences(chinese), texts, englishKeys, keyIds.size());
  }

  private static String compared(String text) {
    return text.length() > COMPARED_CHARS ? text.substring(0, COMPARED_CHARS) : text;
  }

  static String key(String stem) {
    return stem.length() > KEY_LENGTH ? stem.substring(0, KEY_LENGTH) : stem;
  }

  private static int[] englishKeys(String text, Map<String, Integer> keyIds) {
    Set<Integer> ids = new LinkedHashSet<>();
    for (String key : VerbatimTokens.keys(text)) {
      ids.add(keyIds.computeIfAbsent(key, k -> keyIds.size()));
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

  /**
   * The keys the English document uses that some word of {@code text} is glossed with, each with its Han characters;
   * and those of the Latin-script words and numbers in it, each counted as one character (its first).
   */
  private ChineseMasks chineseSentence(String text, Map<String, Integer> keyIds,
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
    List<VerbatimTokens.Token> tokens = VerbatimTokens.in(text);
    for (VerbatimTokens.Token token : tokens) {
      for (String key : token.keys()) {
        Integer id = keyIds.get(key);
        if (id != null) {
          masks.computeIfAbsent(id, k -> new long[words])[token.start() >> 6] |= 1L << token.start();
        }
      }
    }
    return ChineseMasks.Dense.of(masks, words, Han.count(text) + tokens.size());
  }

  private static int[] usedKeys(List<String> stems, Map<String, Integer> keyIds) {
    return stems.stream().map(stem -> keyIds.get(key(stem))).filter(java.util.Objects::nonNull).distinct()
        .mapToInt(Integer::intValue).toArray();
  }

  /** The Chinese side's masks, sentence by sentence or block by block. */
  private interface ChineseSide {
    ChineseMasks masks(int index);

    int mass(int index);
  }

  /** Every sentence's masks, made once and kept: the passes over sentences ask for each many times. */
  private record Sentences(ChineseMasks[] masks) implements ChineseSide {
    @Override
    public ChineseMasks masks(int index) {
      return masks[index];
    }

    @Override
    public int mass(int index) {
      return masks[index].mass();
    }
  }

  /**
   * Blocks of another side's sentences (or blocks), each block's masks put together when asked and the last few
   * kept: the block pass asks for a block while it fills the block's row and again on the way back, so holding
   * every block's masks beside the sentences' would double the memory for nothing.
   */
  private static final class Blocks implements ChineseSide {
    private static final int KEPT = 8;

    private final ChineseSide members;
    private final int[] starts;
    private final int[] mass;
    private final int[] keptIndex = new int[KEPT];
    private final ChineseMasks[] kept = new ChineseMasks[KEPT];

    Blocks(ChineseSide members, int[] starts) {
      this.members = members;
      this.starts = starts;
      this.mass = new int[starts.length - 1];
      for (int b = 0; b < mass.length; b++) {
        for (int m = starts[b]; m < starts[b + 1]; m++) {
          mass[b] += members.mass(m);
        }
      }
      Arrays.fill(keptIndex, -1);
    }

    @Override
    public ChineseMasks masks(int index) {
      int slot = index % KEPT;
      if (keptIndex[slot] != index) {
        List<ChineseMasks> block = new ArrayList<>();
        for (int m = starts[index]; m < starts[index + 1]; m++) {
          block.add(members.masks(m));
        }
        kept[slot] = ChineseMasks.Sparse.concatenate(block);
        keptIndex[slot] = index;
      }
      return kept[slot];
    }

    @Override
    public int mass(int index) {
      return mass[index];
    }
  }

  /**
   * Sentence {@code text}'s masks with what the document taught: the learned keys of its Han characters added (each
   * character a key is associated with counts as accounted for by an English sentence with that key), and the
   * dictionary's glosses that the beads show to meet their character by chance taken out.
   */
  private static ChineseMasks withLearned(ChineseMasks masks, String text, DocumentGlosses.Learned learned) {
    Map<Integer, long[]> merged = new HashMap<>();
    boolean[] changed = {false};
    masks.forEachEntry((key, word, bits) -> {
      long kept = withoutChance(key, word, bits, text, learned.meetings());
      changed[0] |= kept != bits;
      if (kept != 0) {
        merged.computeIfAbsent(key, k -> new long[masks.words()])[word] |= kept;
      }
    });
    for (int c = 0; c < text.length(); c++) {
      int[] keys = learned.associations().get(text.charAt(c));
      if (keys != null) {
        for (int key : keys) {
          merged.computeIfAbsent(key, k -> new long[masks.words()])[c >> 6] |= 1L << c;
        }
        changed[0] = true;
      }
    }
    return changed[0] ? ChineseMasks.Dense.of(merged, masks.words(), masks.mass()) : masks;
  }

  /** The bits of word {@code word} of key {@code key}'s mask less the Han characters it meets by chance. */
  private static long withoutChance(int key, int word, long bits, String text, DocumentGlosses.Meetings meetings) {
    long kept = bits;
    for (long rest = bits; rest != 0; rest &= rest - 1) {
      int c = (word << 6) + Long.numberOfTrailingZeros(rest);
      // A verbatim token's bit stands for the token, not for a character the dictionary glossed.
      if (Han.isHan(text.charAt(c)) && meetings.byChance(text.charAt(c), key)) {
        kept &= ~(1L << c);
      }
    }
    return kept;
  }

  private static final class Prepared implements Evidence {
    private final ChineseSide chinese;
    /** The Chinese sentences as compared; empty for blocks, which learn nothing of their own. */
    private final List<String> texts;
    private final int[][] englishKeys;
    private final double[] weights;
    private final double[] englishMass;

    Prepared(ChineseSide chinese, List<String> texts, int[][] englishKeys, int vocabulary) {
      this.chinese = chinese;
      this.texts = texts;
      this.englishKeys = englishKeys;
      this.weights = inverseFrequencies(englishKeys, vocabulary);
      this.englishMass = new double[englishKeys.length];
      for (int j = 0; j < englishKeys.length; j++) {
        for (int key : englishKeys[j]) {
          englishMass[j] += weights[key];
        }
      }
    }

    /** The keys weigh by how many blocks, not sentences, use them: the blocks are the documents now. */
    @Override
    public Evidence blocks(int[] zhStarts, int[] enStarts) {
      int[][] enBlocks = new int[enStarts.length - 1][];
      for (int b = 0; b < enBlocks.length; b++) {
        enBlocks[b] = Arrays.stream(englishKeys, enStarts[b], enStarts[b + 1]).flatMapToInt(Arrays::stream)
            .distinct().sorted().toArray();
      }
      return new Prepared(new Blocks(chinese, zhStarts), List.of(), enBlocks, weights.length);
    }

    @Override
    public Evidence learnedFrom(List<Bead> beads) {
      if (texts.isEmpty()) {
        return this;
      }
      DocumentGlosses.Learned learned = DocumentGlosses.learn(texts, englishKeys, beads);
      ChineseMasks[] masks = new ChineseMasks[texts.size()];
      for (int i = 0; i < masks.length; i++) {
        masks[i] = withLearned(chinese.masks(i), texts.get(i), learned);
      }
      return new Prepared(new Sentences(masks), texts, englishKeys, weights.length);
    }

    @Override
    public double zhMass(int zh) {
      return chinese.mass(zh);
    }

    @Override
    public double enMass(int en) {
      return englishMass[en];
    }

    @Override
    public Overlap overlap(int zh, int en) {
      return chinese.masks(zh).overlap(englishKeys[en], weights);
    }
  }
}
