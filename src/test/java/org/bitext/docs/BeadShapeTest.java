package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BeadShapeTest {
  @Test
  void aBeadWithOneSentenceOnASideHoldsUpToThirtyOnTheOther() {
    assertThat(BeadShape.all()).contains(new BeadShape(1, 30), new BeadShape(30, 1), new BeadShape(1, 6),
        new BeadShape(3, 3));
    assertThatThrownBy(() -> new BeadShape(1, 31)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beadsWithSeveralSentencesOnBothSidesStopAtFiveASideAndSixInAll() {
    assertThat(BeadShape.all()).doesNotContain(new BeadShape(2, 5), new BeadShape(4, 3));
    assertThatThrownBy(() -> new BeadShape(2, 6)).isInstanceOf(IllegalArgumentException.class);
  }
}
