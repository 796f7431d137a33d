package org.bitext.eval;

/** A pair as found in the output being evaluated. */
public record EmittedPair(String file, String kind, String chinese, String english, double score) {}
