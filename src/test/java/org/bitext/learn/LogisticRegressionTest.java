package org.bitext.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  private static final double[] TRUE_WEIGHTS = {-0.5, 2.0, -1.5, 0.0};

  /** Examples drawn from a known logistic model: an intercept, two informative features and a useless one. */
  private static List<double[]> features(Random random, int count) {
    List<double[]> features = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      features.add(new double[] {1, random.nextGaussian(), random.nextDouble(), random.nextInt(2)});
    }
    return features;
  }

  private static List<Boolean> verdicts(Random random, List<double[]> features) {
    return features.stream()
        .map(x -> random.nextDouble() < LogisticRegression.probability(TRUE_WEIGHTS, x)).toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void recoversTheWeightsOfTheModelThatMadeTheData(long seed) {
    Random random = new Random(seed);
    List<double[]> features = features(random, 20_000);
    LogisticRegression.Fit fit = new LogisticRegression(0.01).fit(features, verdicts(random, features));
    for (int i = 0; i < TRUE_WEIGHTS.length; i++) {
      assertThat(fit.weights()[i]).as("weight %d", i).isCloseTo(TRUE_WEIGHTS[i],
          org.assertj.core.data.Offset.offset(0.15));
    }
    assertThat(fit.iterations()).isLessThan(20);
  }

  @Test
  void aLargerPenaltyShrinksTheWeightsButNotTheIntercept() {
    Random random = new Random(7);
    List<double[]> features = features(random, 500);
    List<Boolean> right = verdicts(random, features);
    double[] loose = new LogisticRegression(0.01).fit(features, right).weights();
    double[] tight = new LogisticRegression(1000).fit(features, right).weights();
    assertThat(Math.abs(tight[1])).isLessThan(Math.abs(loose[1]) / 5);
    // With the other weights near 0, the intercept gives the share of right examples.
    double share = right.stream().filter(Boolean::booleanValue).count() / (double) right.size();
    assertThat(1 / (1 + Math.exp(-tight[0]))).isCloseTo(share, org.assertj.core.data.Offset.offset(0.03));
  }

  @Test
  void theSameExamplesGiveTheSameWeights() {
    Random random = new Random(11);
    List<double[]> features = features(random, 300);
    List<Boolean> right = verdicts(random, features);
    assertThat(new LogisticRegression(1).fit(features, right).weights())
        .containsExactly(new LogisticRegression(1).fit(features, right).weights());
  }

  @Test
  void separableDataStillGivesFiniteWeights() {
    List<double[]> features = List.of(new double[] {1, 0}, new double[] {1, 1}, new double[] {1, 0},
        new double[] {1, 1});
    double[] weights = new LogisticRegression(1).fit(features, List.of(false, true, false, true)).weights();
    assertThat(weights[1]).isPositive().isFinite();
  }

  @Test
  void aPenaltyIsNeeded() {
    assertThatThrownBy(() -> new LogisticRegression(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
