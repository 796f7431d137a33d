package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceBlocksTest {
  @Test
  void splitsBothSidesIntoAsManyBlocksAsTheShorterSideFills() {
    SentenceBlocks blocks = SentenceBlocks.of(25, 20, 10);
    assertThat(blocks.count()).isEqualTo(2);
    assertThat(blocks.zhStarts()).containsExactly(0, 12, 25);
    assertThat(blocks.enStarts()).containsExactly(0, 10, 20);
  }

  @Test
  void aDocumentShorterThanABlockIsOneBlock() {
    SentenceBlocks blocks = SentenceBlocks.of(3, 2, 10);
    assertThat(blocks.zhStarts()).containsExactly(0, 3);
    assertThat(blocks.enStarts()).containsExactly(0, 2);
  }

  static Stream<Arguments> sizes() {
    Random random = new Random(13);
    return Stream.generate(() -> Arguments.of(1 + random.nextInt(5000), 1 + random.nextInt(5000),
        1 + random.nextInt(40))).limit(50);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void everyBlockHoldsASentenceOfEachSideAndTheBlocksCoverThemAll(int zh, int en, int size) {
    SentenceBlocks blocks = SentenceBlocks.of(zh, en, size);
    for (int[] starts : List.of(blocks.zhStarts(), blocks.enStarts())) {
      assertThat(starts[0]).isZero();
      for (int b = 0; b < blocks.count(); b++) {
        assertThat(starts[b + 1]).isGreaterThan(starts[b]);
      }
    }
    assertThat(blocks.zhStarts()[blocks.count()]).isEqualTo(zh);
    assertThat(blocks.enStarts()[blocks.count()]).isEqualTo(en);
    assertThat(blocks.count()).isLessThanOrEqualTo((Math.min(zh, en) + size - 1) / size);
  }

  @Test
  void projectsBlockBeadsOntoTheirSentences() {
    SentenceBlocks blocks = SentenceBlocks.of(25, 20, 10);
    List<Bead> sentences = blocks.project(List.of(new Bead(0, 1, 0, 0, 0), new Bead(1, 2, 0, 2, 0.5)));
    assertThat(sentences).containsExactly(new Bead(0, 12, 0, 0, 0), new Bead(12, 25, 0, 20, 0.5));
  }

  @Test
  void aBlocksLengthIsItsSentencesAndItsParagraphItsFirstSentences() {
    DocumentShape sentences = new DocumentShape(new int[] {3, 4, 5}, new int[] {10, 20, 30, 40}, 3.5,
        new int[] {0, 1, 1}, new int[] {0, 0, 1, 2});
    DocumentShape blocks = SentenceBlocks.of(3, 4, 2).shape(sentences);
    assertThat(blocks.zhLengths()).containsExactly(3, 9);
    assertThat(blocks.enLengths()).containsExactly(30, 70);
    assertThat(blocks.zhParagraphs()).containsExactly(0, 1);
    assertThat(blocks.enParagraphs()).containsExactly(0, 1);
    assertThat(blocks.ratio()).isEqualTo(3.5);
  }
}
