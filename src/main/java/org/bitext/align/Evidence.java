package org.bitext.align;

/**
 * One reason for (or against) trusting a pair, shown by {@code bitext inspect}.
 *
 * @param name what was measured
 * @param value its contribution in [0, 1]
 * @param weight how much it counts in the score
 * @param detail the measurement, for a person
 */
public record Evidence(String name, double value, double weight, String detail) {}
