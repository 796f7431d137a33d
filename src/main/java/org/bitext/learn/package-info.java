/**
 * Learning the score: the pairs bitext finds in a gold corpus, judged against its gold rows, fit a logistic model
 * ({@link org.bitext.align.ScoreModel}). Used by {@code bitext train-score}; nothing here runs when aligning.
 */
package org.bitext.learn;
