package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoreModelTest {
  private static ScoreModel read(String text) throws IOException {
    return ScoreModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "model.tsv");
  }

  private static String allWeights(double weight) {
    return Arrays.stream(Feature.values()).map(f -> f.label() + "\t" + weight).collect(Collectors.joining("\n"));
  }

  @Test
  void writesAndReadsBackEveryWeight() throws IOException {
    Map<Feature, Double> weights = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      weights.put(feature, feature.ordinal() / 8.0 - 1);
    }
    StringWriter out = new StringWriter();
    new ScoreModel(weights).write(List.of("a comment"), out);
    assertThat(out.toString()).startsWith("# a comment\nbias\t-1.000000\n");
    ScoreModel back = read(out.toString());
    for (Feature feature : Feature.values()) {
      assertThat(back.weight(feature)).isEqualTo(weights.get(feature));
    }
  }

  @Test
  void theProbabilityIsTheLogisticOfTheWeightedSum() throws IOException {
    ScoreModel model = read(allWeights(0.5));
    FeatureVector features = FeatureVector.of(Map.of(Feature.BIAS, 1.0, Feature.LENGTH_FIT, 2.0));
    assertThat(model.logOdds(features)).isEqualTo(1.5);
    assertThat(model.probability(features)).isEqualTo(1 / (1 + Math.exp(-1.5)));
  }

  @Test
  void aBadModelFileIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("# model\nbias\t1\nbias\t2\n")).hasMessageContaining("model.tsv:3");
    assertThatThrownBy(() -> read("no-such-feature\t1\n")).hasMessageContaining("model.tsv:1");
    assertThatThrownBy(() -> read("bias\tone\n")).hasMessageContaining("model.tsv:1", "\"one\"");
    assertThatThrownBy(() -> read("bias\t1\n")).hasMessageContaining("model.tsv: no weight for", "length-fit");
  }

  @Test
  void theBundledModelHasAWeightForEveryFeature() {
    ScoreModel model = ScoreModel.bundled();
    assertThat(model.weight(Feature.BIAS)).isFinite();
    assertThat(model.weight(Feature.ENGLISH_COVERAGE)).as("lexical support raises the score").isPositive();
  }
}
