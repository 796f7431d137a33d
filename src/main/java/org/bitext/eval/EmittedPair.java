package org.bitext.eval;

import org.bitext.align.PairKind;

/** A pair as found in the output being evaluated. */
public record EmittedPair(String file, PairKind kind, String chinese, String english, double score) {}
