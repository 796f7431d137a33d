package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

class LexicalSimilarityTest {
  private final LexicalSimilarity similarity = new LexicalSimilarity(TestLexicon.get());

  private static List<DocumentSentence> sentences(String... texts) {
    return Arrays.stream(texts).map(text -> new DocumentSentence(text, 0)).toList();
  }

  private final List<DocumentSentence> zh =
      sentences("北京是中国的首都。", "长城在北京的北边。", "今天天气很好。", "孩子们去公园玩。");
  private final List<DocumentSentence> en = sentences("Beijing is the capital of China.",
      "The Great Wall lies to the north of Beijing.", "Today the weather is fine.",
      "The children went to play in the park.");

  @Test
  void aTranslationAccountsForMoreOfASentenceThanAnotherSentenceDoes() {
    Similarity.Evidence evidence = similarity.prepare(zh, en);
    assertThat(evidence.overlap(0, 0).zh()).isGreaterThan(evidence.overlap(0, 2).zh());
    assertThat(evidence.overlap(3, 3).en()).isGreaterThan(evidence.overlap(3, 0).en());
    assertThat(evidence.zhMass(0)).isEqualTo(8);
  }

  @Test
  void aBlockCoversTheHanCharactersItsSentencesCoverAndWeighsItsKeysByBlocks() {
    Similarity.Evidence evidence = similarity.prepare(zh, en);
    Similarity.Evidence blocks = evidence.blocks(new int[] {0, 2, 4}, new int[] {0, 2, 4});
    assertThat(blocks.zhMass(0)).isEqualTo(evidence.zhMass(0) + evidence.zhMass(1));
    // Within a block, a Chinese sentence's characters are covered by the keys of the whole English block.
    double separately = evidence.overlap(0, 0).zh() + evidence.overlap(1, 1).zh();
    assertThat(blocks.overlap(0, 0).zh()).isGreaterThanOrEqualTo(separately)
        .isLessThanOrEqualTo(blocks.zhMass(0));
    assertThat(blocks.overlap(0, 0).zh()).isGreaterThan(blocks.overlap(0, 1).zh());
    assertThat(blocks.overlap(1, 1).en()).isGreaterThan(blocks.overlap(1, 0).en());
  }

  @Test
  void blocksOfBlocksCountTheSameCharacters() {
    Similarity.Evidence evidence = similarity.prepare(zh, en);
    Similarity.Evidence pairs = evidence.blocks(new int[] {0, 2, 4}, new int[] {0, 2, 4});
    Similarity.Evidence whole = pairs.blocks(new int[] {0, 2}, new int[] {0, 2});
    Similarity.Evidence direct = evidence.blocks(new int[] {0, 4}, new int[] {0, 4});
    assertThat(whole.zhMass(0)).isEqualTo(direct.zhMass(0));
    assertThat(whole.overlap(0, 0)).isEqualTo(direct.overlap(0, 0));
  }

  @Test
  void whatTheFirstAlignmentTeachesAccountsForANameTheDictionaryLacks() {
    List<DocumentSentence> novelZh = sentences("祥子拉车。", "天下雨了。", "祥子回家。", "天很冷。", "他在北京。",
        "今天天气很好。", "孩子们去公园玩。", "天下雨了。", "天很冷。", "长城在北京的北边。");
    List<DocumentSentence> novelEn = sentences("Xiangzi pulled the rickshaw.", "It rained.", "Xiangzi went home.",
        "It was cold.", "He was in Beijing.", "Today the weather is fine.", "The children went to play in the park.",
        "It rained.", "It was cold.", "The Great Wall lies to the north of Beijing.");
    Similarity.Evidence evidence = similarity.prepare(novelZh, novelEn);
    List<Bead> beads = IntStream.range(0, 10).mapToObj(k -> new Bead(k, k + 1, k, k + 1, 0.5)).toList();
    Similarity.Evidence learned = evidence.learnedFrom(beads);
    assertThat(learned.overlap(2, 2).zh()).isGreaterThan(evidence.overlap(2, 2).zh());
    assertThat(learned.overlap(2, 2).en()).isGreaterThan(evidence.overlap(2, 2).en());
    assertThat(learned.overlap(2, 1)).isEqualTo(evidence.overlap(2, 1));
    assertThat(learned.zhMass(2)).isEqualTo(evidence.zhMass(2));
  }

  @Test
  void aDictionaryGlossThatMeetsItsCharacterNoMoreOftenThanChanceStopsCounting() {
    // 以 is glossed "to use; by means of; according to; …": here it opens every sentence, and "means" is in four of
    // the ten translations, just the four beads chance gives them, so 以 is not "means" in this document.
    List<DocumentSentence> sayingsZh = sentences("以水灭火。", "以德服人。", "以刀切肉。", "以礼待客。", "以石为桥。",
        "以书为友。", "以酒待客。", "以诚待人。", "以马代步。", "以茶代酒。");
    List<DocumentSentence> sayingsEn = sentences("Water is the means against fire.", "Virtue wins people over.",
        "A knife is the means to cut meat.", "Guests are treated with courtesy.", "Stones are the means to cross.",
        "Books are friends.", "Wine is a means to welcome guests.", "Be sincere with people.", "Horses carry travellers.",
        "Tea takes the place of wine.");
    Similarity.Evidence evidence = similarity.prepare(sayingsZh, sayingsEn);
    List<Bead> beads = IntStream.range(0, 10).mapToObj(k -> new Bead(k, k + 1, k, k + 1, 0.5)).toList();
    Similarity.Evidence learned = evidence.learnedFrom(beads);
    // 水 is still "water" and 火 "fire"; 以 no longer accounts for "means", nor "means" for 以.
    assertThat(learned.overlap(0, 0).zh()).isEqualTo(evidence.overlap(0, 0).zh() - 1).isPositive();
    assertThat(learned.overlap(0, 0).en()).isLessThan(evidence.overlap(0, 0).en()).isPositive();
  }

  @Test
  void aLatinWordOrNumberInTheChineseIsAccountedForByTheEnglishThatHasItToo() {
    Similarity.Evidence evidence = similarity.prepare(sentences("kube-controller-manager", "最多 63 个字符"),
        sentences("kube-controller-manager", "contain at most 63 characters"));
    assertThat(evidence.zhMass(0)).isEqualTo(1);
    assertThat(evidence.overlap(0, 0).zh()).isEqualTo(1);
    assertThat(evidence.overlap(0, 1).zh()).isZero();
    assertThat(evidence.zhMass(1)).isEqualTo(6);
    assertThat(evidence.overlap(1, 1).zh()).isGreaterThan(evidence.overlap(1, 0).zh());
    assertThat(evidence.overlap(1, 1).en()).isGreaterThan(0);
  }

  @Test
  void blocksOfOneSentenceScoreAsTheSentencesInWhateverOrderTheyAreAskedFor() {
    // Twenty sentences, each its own by a number, so that a block kept in the wrong place would score differently.
    List<DocumentSentence> manyZh = new ArrayList<>();
    List<DocumentSentence> manyEn = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      manyZh.add(new DocumentSentence(zh.get(k % zh.size()).text() + "（第 " + k + " 条）", 0));
      manyEn.add(new DocumentSentence(en.get(k % en.size()).text() + " (item " + k + ")", 0));
    }
    Similarity.Evidence evidence = similarity.prepare(manyZh, manyEn);
    int[] one = IntStream.rangeClosed(0, manyZh.size()).toArray();
    Similarity.Evidence blocks = evidence.blocks(one, one);
    // Forwards, backwards and forwards again: more blocks than are kept, so each is put together more than once.
    for (int pass = 0; pass < 3; pass++) {
      for (int k = 0; k < manyZh.size(); k++) {
        int b = pass == 1 ? manyZh.size() - 1 - k : k;
        assertThat(blocks.overlap(b, b)).isEqualTo(evidence.overlap(b, b));
        int next = (b + 1) % manyEn.size();
        assertThat(blocks.overlap(b, next)).isEqualTo(evidence.overlap(b, next));
      }
    }
  }
}
