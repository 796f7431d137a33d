package org.bitext.docs;

/**
 * The aligner's knobs, tuned on the Bible development set.
 *
 * @param skipCost what leaving one sentence unaligned costs, against bead similarities in [0, 1]
 * @param mergeCost what each sentence beyond the first on a side of a bead costs: prefer the simpler bead
 * @param paragraphCost what each paragraph break inside a bead costs
 * @param lengthSigma the spread of log(English characters / expected) a true bead shows
 * @param coarseHalfWidth the half-width, in sentences, of the band around the length diagonal the block pass searches
 * @param blockSize the sentences a block of the block pass holds (on the shorter side); the sentence pass searches
 *     this many sentences either side of the block path
 * @param fineHalfWidth the half-width of the band around the sentence pass's path the merged-bead pass searches
 * @param boundaryMoves whether each boundary between two beads may move by a sentence at the end
 *     ({@link BoundaryMoves})
 */
public record AlignSettings(double skipCost, double mergeCost, double paragraphCost, double lengthSigma,
    int coarseHalfWidth, int blockSize, int fineHalfWidth, boolean boundaryMoves) {
  public static AlignSettings defaults() {
    return new AlignSettings(0.2, 0.04, 0.1, 0.6, 300, 10, 8, true);
  }

  /** These settings with the boundaries left where the dynamic programme put them. */
  public AlignSettings withoutBoundaryMoves() {
    return new AlignSettings(skipCost, mergeCost, paragraphCost, lengthSigma, coarseHalfWidth, blockSize,
        fineHalfWidth, false);
  }
}
