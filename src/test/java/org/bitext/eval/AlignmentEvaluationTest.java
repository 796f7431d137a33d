package org.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bitext.docs.LadderBead;
import org.junit.jupiter.api.Test;

class AlignmentEvaluationTest {
  private static LadderBead bead(List<Integer> zh, List<Integer> en) {
    return new LadderBead(zh, en);
  }

  @Test
  void strictCountsEqualBeadsLaxCountsBeadsSharingASentenceOnEachSide() {
    List<LadderBead> gold = List.of(bead(List.of(0), List.of(0)), bead(List.of(1, 2), List.of(1)),
        bead(List.of(3), List.of(2)));
    List<LadderBead> output = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1)),
        bead(List.of(2), List.of()), bead(List.of(3), List.of(2)));
    AlignmentEvaluation evaluation = AlignmentEvaluation.of(output, gold);
    // The 1-0 bead is left out: three output beads scored, two right.
    assertThat(evaluation.strict()).isEqualTo(new AlignmentScore(2, 3, 2, 3));
    assertThat(evaluation.lax()).isEqualTo(new AlignmentScore(3, 3, 3, 3));
    assertThat(evaluation.strict().f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(evaluation.outputShapes()).containsEntry("1-0", 1).containsEntry("1-1", 3);
    assertThat(evaluation.goldShapes()).containsEntry("2-1", 1);
  }

  @Test
  void verseMergeJoinsBeadsWithinOneVerseAndANullSideTakesTheOtherSidesVerse() {
    VerseMerge merge = new VerseMerge(List.of("v1", "v2", "v2", "v3"), List.of("v1", "v2", "v3"));
    List<LadderBead> merged = merge.merge(List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1)),
        bead(List.of(2), List.of()), bead(List.of(3), List.of(2))));
    assertThat(merged).containsExactly(bead(List.of(0), List.of(0)), bead(List.of(1, 2), List.of(1)),
        bead(List.of(3), List.of(2)));
  }

  @Test
  void beadsAcrossVersesAreNotMerged() {
    VerseMerge merge = new VerseMerge(List.of("v1", "v2", "v2"), List.of("v1", "v2"));
    List<LadderBead> beads = List.of(bead(List.of(0, 1), List.of(0)), bead(List.of(2), List.of(1)));
    assertThat(merge.merge(beads)).isEqualTo(beads);
  }
}
