package org.bitext.docs;

import java.util.List;

/**
 * The beads of a document pair, and the evidence that the two documents translate each other at all.
 *
 * @param contrast how many times better the one-to-one beads score than the same sentences paired with English
 *     ones elsewhere in the document: well above 1 for a translation, near 1 for unrelated texts, 0 when there is
 *     nothing to compare
 */
public record Alignment(List<Bead> beads, double contrast) {
  /** Under this contrast the texts are not taken for a translation pair. */
  public static final double RELATED = 2.5;

  public Alignment {
    beads = List.copyOf(beads);
  }

  public boolean related() {
    return contrast >= RELATED;
  }
}
