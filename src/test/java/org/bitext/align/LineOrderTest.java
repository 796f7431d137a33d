package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class LineOrderTest {
  /** A toy dictionary: a line pair fits by the words it shares with a glossary of Chinese character → English word. */
  private static final ToDoubleBiFunction<String, String> FIT = (chinese, english) -> {
    String[][] glossary = {{"神", "God"}, {"王", "Queen"}, {"敌", "enemies"}, {"国", "reign"}};
    double fit = 0;
    for (String[] gloss : glossary) {
      if (chinese.contains(gloss[0]) && english.contains(gloss[1])) {
        fit++;
      }
    }
    return fit;
  };

  private static final List<String> ENGLISH = List.of("O Lord, our God, arise", "Scatter her enemies",
      "And make them fall", "Long to reign over us", "God save the Queen");

  @Test
  void aLooseRenderingInOrderIsConfirmedByTheFewLinesTheDictionaryKnows() {
    List<String> chinese = List.of("揚神威，張天網", "保王室，殲敵方", "一鼓滌蕩", "治國家，王運長", "天佑女王");
    // Only two lines of five are supported in order; shifted, fewer are.
    assertThat(LineOrder.confirmed(chinese, ENGLISH, FIT)).isTrue();
  }

  @Test
  void linesInAnotherOrderAreNotConfirmed() {
    List<String> chinese = List.of("天佑女王", "揚神威，張天網", "保王室，殲敵方", "一鼓滌蕩", "治國家，王運長");
    assertThat(LineOrder.confirmed(chinese, ENGLISH, FIT)).isFalse();
  }

  @Test
  void linesTheDictionaryKnowsNothingOfAreNotConfirmed() {
    List<String> chinese = List.of("一", "二", "三", "四", "五");
    assertThat(LineOrder.confirmed(chinese, ENGLISH, FIT)).isFalse();
  }

  @Test
  void aLongColumnIsComparedWithShiftsSpreadOverItsLength() {
    // 200 entries, each rendering its English by one shared word (i ↔ wi); shifted, none matches.
    List<String> chinese = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "第" + i + "条").toList();
    List<String> english = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "w" + i).toList();
    ToDoubleBiFunction<String, String> sameNumber = (zh, en) -> zh.equals("第" + en.substring(1) + "条") ? 1 : 0;
    assertThat(LineOrder.confirmed(chinese, english, sameNumber)).isTrue();
  }

  @Test
  void aLongColumnOffByOneRowIsNotConfirmedThoughAFewRowsFitInOrder() {
    // 200 entries whose English is one row late, but for five rows that match in order: the shift by one fits
    // 195 rows, order only 5.
    List<String> chinese = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "第" + i + "条").toList();
    List<String> english = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> "w" + (i < 5 ? i : (i + 199) % 200)).toList();
    ToDoubleBiFunction<String, String> sameNumber = (zh, en) -> zh.equals("第" + en.substring(1) + "条") ? 1 : 0;
    assertThat(LineOrder.confirmed(chinese, english, sameNumber)).isFalse();
  }

  @Test
  void twoLinesAreTooFewToCompareWithAShift() {
    assertThat(LineOrder.confirmed(List.of("揚神威", "天佑女王"), List.of("O God, arise", "God save the Queen"), FIT))
        .isFalse();
  }
}
