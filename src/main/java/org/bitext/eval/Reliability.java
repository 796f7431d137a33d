package org.bitext.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How far a score can be taken at its word: the judged pairs in ten bands of score, each band's mean score beside
 * the share of its pairs that are right. A calibrated score has the two equal in every band; the expected
 * calibration error is their gap, averaged over the pairs.
 */
public record Reliability(List<Band> bands) {
  private static final int BANDS = 10;

  /** The pairs scored in {@code [lower, upper)} ({@code upper} included in the top band). */
  public record Band(double lower, double upper, int pairs, int right, double meanScore) {
    public double rightShare() {
      return pairs == 0 ? 0 : (double) right / pairs;
    }
  }

  static Reliability of(List<EmittedPair> judged, Predicate<EmittedPair> isRight) {
    int[] pairs = new int[BANDS];
    int[] right = new int[BANDS];
    double[] scoreSum = new double[BANDS];
    for (EmittedPair pair : judged) {
      int band = Math.min(BANDS - 1, Math.max(0, (int) Math.floor(pair.score() * BANDS)));
      pairs[band]++;
      scoreSum[band] += pair.score();
      if (isRight.test(pair)) {
        right[band]++;
      }
    }
    List<Band> bands = new ArrayList<>();
    for (int band = 0; band < BANDS; band++) {
      bands.add(new Band((double) band / BANDS, (double) (band + 1) / BANDS, pairs[band], right[band],
          pairs[band] == 0 ? 0 : scoreSum[band] / pairs[band]));
    }
    return new Reliability(List.copyOf(bands));
  }

  /** The expected calibration error: |mean score − share right| per band, weighted by the band's pairs. */
  public double expectedCalibrationError() {
    int total = bands.stream().mapToInt(Band::pairs).sum();
    if (total == 0) {
      return 0;
    }
    return bands.stream().mapToDouble(band -> band.pairs() * Math.abs(band.meanScore() - band.rightShare()))
        .sum() / total;
  }
}
