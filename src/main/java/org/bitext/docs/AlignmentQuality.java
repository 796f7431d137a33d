package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of an alignment a reviewer should look at: stretches of weak beads.
 *
 * @param confidentShare the share of all sentences, both sides, that stand in beads scoring at least
 *     {@link #CONFIDENT}
 * @param weakStretches runs of at least {@link #STRETCH} consecutive beads scoring under {@link #CONFIDENT}
 */
public record AlignmentQuality(double confidentShare, List<Stretch> weakStretches) {
  /** A bead scoring under this is weak: in the Bible set, a tenth of the beads. */
  public static final double CONFIDENT = 0.2;
  static final int STRETCH = 3;

  public AlignmentQuality {
    weakStretches = List.copyOf(weakStretches);
  }

  /** Sentences {@code [zhStart, zhEnd)} and {@code [enStart, enEnd)}, 0-based, in weak beads. */
  public record Stretch(int zhStart, int zhEnd, int enStart, int enEnd, int beads) {}

  public static AlignmentQuality of(List<Bead> beads) {
    int sentences = 0;
    int confident = 0;
    List<Stretch> stretches = new ArrayList<>();
    int runStart = -1;
    for (int k = 0; k <= beads.size(); k++) {
      boolean weak = k < beads.size() && beads.get(k).score() < CONFIDENT;
      if (k < beads.size()) {
        Bead bead = beads.get(k);
        sentences += bead.zhCount() + bead.enCount();
        confident += weak ? 0 : bead.zhCount() + bead.enCount();
      }
      if (weak && runStart < 0) {
        runStart = k;
      } else if (!weak && runStart >= 0) {
        if (k - runStart >= STRETCH) {
          Bead first = beads.get(runStart);
          Bead last = beads.get(k - 1);
          stretches.add(new Stretch(first.zhStart(), last.zhEnd(), first.enStart(), last.enEnd(), k - runStart));
        }
        runStart = -1;
      }
    }
    return new AlignmentQuality(sentences == 0 ? 0 : (double) confident / sentences, stretches);
  }
}
