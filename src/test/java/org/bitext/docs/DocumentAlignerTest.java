package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

class DocumentAlignerTest {
  private final DocumentAligner aligner =
      new DocumentAligner(new LexicalSimilarity(TestLexicon.get()), AlignSettings.defaults());

  private static List<DocumentSentence> sentences(String... texts) {
    return Arrays.stream(texts).map(text -> new DocumentSentence(text, 0)).toList();
  }

  private static List<String> shapes(List<Bead> beads) {
    return beads.stream().map(b -> b.zhStart() + "+" + b.shape()).toList();
  }

  @Test
  void mergesTwoChineseSentencesThatRenderOneEnglish() {
    List<Bead> beads = aligner.align(
        sentences("昨天下雨了。", "我们留在家里读书。", "今天天气很好。", "孩子们去公园玩。"),
        sentences("It rained yesterday, so we stayed at home and read books.", "Today the weather is fine.",
            "The children went to play in the park."));
    assertThat(shapes(beads)).containsExactly("0+2-1", "2+1-1", "3+1-1");
  }

  @Test
  void oneChineseSentenceOfManyClausesTakesSevenEnglishSentences() {
    List<Bead> beads = aligner.align(
        sentences("昨天下雨了。", "春天来了，花开了，鸟叫了，孩子们笑了，老人们唱歌，农民种地，工人做工。", "今天天气很好。"),
        sentences("It rained yesterday.", "Spring came.", "The flowers bloomed.", "The birds sang.",
            "The children laughed.", "The old people sang songs.", "The farmers planted the fields.",
            "The workers worked.", "Today the weather is fine."));
    assertThat(shapes(beads)).containsExactly("0+1-1", "1+1-7", "2+1-1");
  }

  @Test
  void sevenShortChineseSentencesRenderOneLongEnglishSentence() {
    List<Bead> beads = aligner.align(
        sentences("昨天下雨了。", "春天来了。", "花开了。", "鸟叫了。", "孩子们笑了。", "老人们唱歌。", "农民种地。", "工人做工。",
            "今天天气很好。"),
        sentences("It rained yesterday.", "Spring came: the flowers bloomed, the birds sang, the children laughed, "
            + "the old people sang songs, the farmers planted the fields and the workers worked.",
            "Today the weather is fine."));
    assertThat(shapes(beads)).containsExactly("0+1-1", "1+7-1", "8+1-1");
  }

  @Test
  void aNameTheDictionaryLacksIsLearnedFromTheBeadsItKeepsMeetingIn() {
    List<Bead> beads = aligner.align(
        sentences("祥子拉车。", "天下雨了。", "祥子回家。", "天很冷。", "他在北京。", "今天天气很好。", "孩子们去公园玩。", "祥子喝茶。",
            "天很冷。", "长城在北京的北边。", "他走了。", "祥子！"),
        sentences("Xiangzi pulled the rickshaw.", "It rained.", "Xiangzi went home.", "It was cold.",
            "He was in Beijing.", "Today the weather is fine.", "The children went to play in the park.",
            "Xiangzi drank tea.", "It was cold.", "The Great Wall lies to the north of Beijing.", "He left.",
            "Xiangzi!"));
    assertThat(shapes(beads)).hasSize(12).allMatch(shape -> shape.endsWith("+1-1"));
    // CC-CEDICT has no "Xiangzi" for 祥子: only the document itself says the last bead's two sides match.
    assertThat(beads.get(11).score()).isGreaterThan(0.3);
  }

  @Test
  void leavesOutASentenceTheOtherSideDoesNotHave() {
    List<Bead> beads = aligner.align(
        sentences("北京是中国的首都。", "这座城市有很多古老的宫殿和美丽的公园。", "长城在北京的北边。"),
        sentences("Beijing is the capital of China.", "The Great Wall lies to the north of Beijing."));
    assertThat(shapes(beads)).containsExactly("0+1-1", "1+1-0", "2+1-1");
    assertThat(beads.get(1).score()).isZero();
    assertThat(beads.get(0).score()).isGreaterThan(0.3);
  }

  @Test
  void coversEverySentenceOfBothSidesOnceInOrder() {
    List<Bead> beads = aligner.align(sentences("一。", "二。", "三。"), sentences("One.", "Two."));
    int zh = 0;
    int en = 0;
    for (Bead bead : beads) {
      assertThat(bead.zhStart()).isEqualTo(zh);
      assertThat(bead.enStart()).isEqualTo(en);
      zh = bead.zhEnd();
      en = bead.enEnd();
    }
    assertThat(zh).isEqualTo(3);
    assertThat(en).isEqualTo(2);
  }

  @Test
  void anEmptySideLeavesEverySentenceUnaligned() {
    assertThat(aligner.align(sentences("一。", "二。"), List.of())).extracting(Bead::shape)
        .containsExactly("1-0", "1-0");
  }
}
