package org.bitext.docs;

/** The overlaps of sentence pairs a bead scorer sums: cached along the corridor, or asked of the evidence directly. */
interface PairOverlaps {
  /** The part of Chinese sentence {@code zh} that English sentence {@code en} accounts for. */
  double zh(int zh, int en);

  /** The part of English sentence {@code en} that Chinese sentence {@code zh} accounts for. */
  double en(int zh, int en);

  /** Every pair computed when asked: for the few pairs off the corridor that a check needs. */
  static PairOverlaps direct(Similarity.Evidence evidence) {
    return new PairOverlaps() {
      @Override
      public double zh(int zh, int en) {
        return evidence.overlap(zh, en).zh();
      }

      @Override
      public double en(int zh, int en) {
        return evidence.overlap(zh, en).en();
      }
    };
  }
}
