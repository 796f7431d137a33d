package org.bitext.docs;

import java.util.List;

/**
 * Evidence that a Chinese and an English sentence say the same thing. The aligner asks only for sentence pairs near
 * its path, and sums their overlaps into bead scores, so an implementation prepares each document once and answers
 * pairs fast. The default is {@link LexicalSimilarity}; a sentence encoder could stand behind this interface too.
 */
public interface Similarity {
  Evidence prepare(List<DocumentSentence> zh, List<DocumentSentence> en);

  /** The evidence of one document pair. */
  interface Evidence {
    /** How much content Chinese sentence {@code zh} has that a rendering can account for (0 when none). */
    double zhMass(int zh);

    /** The same for English sentence {@code en}. */
    double enMass(int en);

    /** How much of each sentence the other accounts for, at most its mass. */
    Overlap overlap(int zh, int en);

    /**
     * The evidence of blocks of consecutive sentences, each block taken for one sentence, as the coarsest pass of a
     * long document needs: block {@code b} holds the Chinese sentences {@code [zhStarts[b], zhStarts[b + 1])} and
     * the English {@code [enStarts[b], enStarts[b + 1])}. Built from this evidence, not from the blocks' text again.
     */
    Evidence blocks(int[] zhStarts, int[] enStarts);

    /**
     * This evidence and what a first alignment of the same documents teaches about them (the words that keep
     * meeting in its confident beads), for a second alignment; this evidence itself when it learns nothing.
     */
    default Evidence learnedFrom(List<Bead> beads) {
      return this;
    }
  }

  /** The part of the Chinese sentence's mass and of the English sentence's mass that the other accounts for. */
  record Overlap(double zh, double en) {
    static final Overlap NONE = new Overlap(0, 0);
  }
}
