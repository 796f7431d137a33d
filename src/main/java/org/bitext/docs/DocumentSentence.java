package org.bitext.docs;

import java.util.Objects;

/**
 * One sentence of a document to align.
 *
 * @param text the sentence
 * @param paragraph the index of the paragraph (or heading) it belongs to, from 0; a soft anchor for alignment
 */
public record DocumentSentence(String text, int paragraph) {
  public DocumentSentence {
    Objects.requireNonNull(text, "text");
    if (paragraph < 0) {
      throw new IllegalArgumentException("negative paragraph: " + paragraph);
    }
  }
}
