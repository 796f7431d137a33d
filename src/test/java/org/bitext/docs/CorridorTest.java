package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorridorTest {
  @Test
  void lengthDiagonalFollowsTheCharacterShareNotTheSentenceCount() {
    // Chinese: one long sentence then three short; English: four sentences of equal length.
    Corridor band = Corridor.lengthDiagonal(new int[] {30, 10, 10, 10}, new int[] {10, 10, 10, 10}, 1);
    assertThat(band.low(1)).isEqualTo(1);
    assertThat(band.high(1)).isEqualTo(3);
    assertThat(band.low(0)).isZero();
    assertThat(band.high(4)).isEqualTo(4);
  }

  @Test
  void rowsGrowMonotonelyAndOverlapSoTheCornerIsReachable() {
    Corridor band = Corridor.around(List.of(new int[] {0, 0}, new int[] {1, 0}, new int[] {1, 1},
        new int[] {1, 2}, new int[] {2, 2}, new int[] {2, 3}, new int[] {2, 4}, new int[] {2, 5}, new int[] {2, 6}),
        2, 6, 0);
    for (int i = 1; i < band.rows(); i++) {
      assertThat(band.low(i)).isGreaterThanOrEqualTo(band.low(i - 1)).isLessThanOrEqualTo(band.high(i - 1));
      assertThat(band.high(i)).isGreaterThanOrEqualTo(band.high(i - 1));
    }
    assertThat(band.contains(0, 0)).isTrue();
    assertThat(band.contains(2, 6)).isTrue();
    assertThat(band.contains(1, 2)).isTrue();
    assertThat(band.contains(1, 3)).isFalse();
    assertThat(band.contains(2, 1)).isFalse();
  }
}
