package org.bitext.docs;

import java.util.List;

/**
 * One side of a document pair, as sentences.
 *
 * @param name the file it was read from, for messages and provenance
 */
public record Document(String name, List<DocumentSentence> sentences) {
  public Document {
    sentences = List.copyOf(sentences);
  }
}
