package org.bitext.align;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** A value for every {@link Feature}; 0 for those not set. Immutable. */
public final class FeatureVector {
  private final double[] values;

  private FeatureVector(double[] values) {
    this.values = values;
  }

  public static FeatureVector of(Map<Feature, Double> values) {
    double[] array = new double[Feature.values().length];
    values.forEach((feature, value) -> array[feature.ordinal()] = value);
    return new FeatureVector(array);
  }

  public double get(Feature feature) {
    return values[feature.ordinal()];
  }

  /** The values in {@link Feature} order, a copy. */
  public double[] toArray() {
    return values.clone();
  }

  /** The features that are not 0, in {@link Feature} order. */
  public Map<Feature, Double> nonZero() {
    Map<Feature, Double> set = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      if (values[feature.ordinal()] != 0) {
        set.put(feature, values[feature.ordinal()]);
      }
    }
    return set;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeatureVector vector && Arrays.equals(values, vector.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return nonZero().toString();
  }
}
