package org.bitext.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A logistic model of the chance that a pair is right: {@code 1 / (1 + exp(-w·x))} over the {@link Feature}s. Its
 * weights are learned from the gold corpus's design part by {@code bitext train-score} and kept in a small text
 * file, {@code score-model.tsv}: comment lines ({@code #}), then one {@code feature<TAB>weight} line per feature.
 */
public final class ScoreModel {
  static final String RESOURCE = "score-model.tsv";

  private final double[] weights;

  public ScoreModel(Map<Feature, Double> weights) {
    if (weights.size() != Feature.values().length) {
      throw new IllegalArgumentException("a weight is needed for every feature, not only " + weights.keySet());
    }
    this.weights = FeatureVector.of(weights).toArray();
  }

  /** The model bitext ships with. */
  public static ScoreModel bundled() {
    try (InputStream in = ScoreModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the score model " + RESOURCE + " is missing from the build");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model file; {@code name} names it in errors. */
  public static ScoreModel read(InputStream in, String name) throws IOException {
    Map<Feature, Double> weights = new EnumMap<>(Feature.class);
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Optional<Feature> feature = byLabel(cells[0]);
      if (cells.length != 2 || feature.isEmpty() || weights.containsKey(feature.get())) {
        throw new IOException(name + ":" + number + ": expected a feature not yet given, a tab and its weight, not \""
            + line + "\"");
      }
      try {
        weights.put(feature.get(), Double.parseDouble(cells[1]));
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + number + ": the weight \"" + cells[1] + "\" is not a number", e);
      }
    }
    List<Feature> missing = Arrays.stream(Feature.values()).filter(f -> !weights.containsKey(f)).toList();
    if (!missing.isEmpty()) {
      throw new IOException(name + ": no weight for " + missing.stream().map(Feature::label).toList());
    }
    return new ScoreModel(weights);
  }

  private static Optional<Feature> byLabel(String label) {
    return Arrays.stream(Feature.values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** Writes the model file: the comment lines given, then the weights in {@link Feature} order. */
  public void write(List<String> comments, Writer out) throws IOException {
    for (String comment : comments) {
      out.write("# " + comment + "\n");
    }
    for (Feature feature : Feature.values()) {
      out.write(feature.label() + "\t" + String.format(Locale.ROOT, "%.6f", weight(feature)) + "\n");
    }
  }

  public double weight(Feature feature) {
    return weights[feature.ordinal()];
  }

  /** w·x, the log-odds that the pair is right. */
  public double logOdds(FeatureVector features) {
    double sum = 0;
    for (Feature feature : Feature.values()) {
      sum += weights[feature.ordinal()] * features.get(feature);
    }
    return sum;
  }

  public double probability(FeatureVector features) {
    return 1 / (1 + Math.exp(-logOdds(features)));
  }
}
