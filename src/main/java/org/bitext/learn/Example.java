package org.bitext.learn;

import org.bitext.align.FeatureVector;
import org.bitext.eval.EmittedPair;

/** A pair bitext found in a gold corpus, what its score is computed from, and whether the gold calls it right. */
record Example(EmittedPair pair, FeatureVector features, boolean right) {}
