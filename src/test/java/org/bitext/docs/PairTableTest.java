package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

class PairTableTest {
  private static List<DocumentSentence> sentences(String... texts) {
    return Arrays.stream(texts).map(text -> new DocumentSentence(text, 0)).toList();
  }

  @Test
  void everyPairAskedForInAnyOrderIsTheEvidencesOwn() {
    List<DocumentSentence> zh = sentences("北京是中国的首都。", "长城在北京的北边。", "今天天气很好。", "孩子们去公园玩。");
    List<DocumentSentence> en = sentences("Beijing is the capital of China.",
        "The Great Wall lies to the north of Beijing.", "Today the weather is fine.",
        "The children went to play in the park.");
    Similarity.Evidence evidence = new LexicalSimilarity(TestLexicon.get()).prepare(zh, en);
    DocumentShape shape = DocumentShape.of(zh, en);
    Corridor corridor = Corridor.lengthDiagonal(shape.zhLengths(), shape.enLengths(), 1);
    PairTable table = new PairTable(evidence, corridor, 2, 2, en.size());
    for (int i = 0; i < zh.size(); i++) {
      // The English backwards: a pair asked for first by its .en() still fills both halves.
      for (int j = en.size() - 1; j >= 0; j--) {
        assertThat(table.en(i, j)).as("en %d %d", i, j).isEqualTo(evidence.overlap(i, j).en());
        assertThat(table.zh(i, j)).as("zh %d %d", i, j).isEqualTo(evidence.overlap(i, j).zh());
      }
    }
  }
}
