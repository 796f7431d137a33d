package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that is already one sentence a line: each non-blank line is a sentence (the ladder indexes them in order,
 * blank lines not counted); a blank line ends a paragraph.
 */
public final class LineSentences {
  private LineSentences() {}

  public static List<DocumentSentence> of(String text) {
    List<DocumentSentence> sentences = new ArrayList<>();
    int paragraph = 0;
    boolean paragraphOpen = false;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String sentence = line.strip();
      if (sentence.isEmpty()) {
        if (paragraphOpen) {
          paragraph++;
          paragraphOpen = false;
        }
        continue;
      }
      sentences.add(new DocumentSentence(sentence, paragraph));
      paragraphOpen = true;
    }
    return sentences;
  }
}
