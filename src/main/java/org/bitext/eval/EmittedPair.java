package org.bitext.eval;

import org.bitext.align.PairKind;
import org.bitext.find.FindPattern;

/** A pair as found in the output being evaluated. */
public record EmittedPair(String file, PairKind kind, FindPattern pattern, String chinese, String english,
    double score) {}
