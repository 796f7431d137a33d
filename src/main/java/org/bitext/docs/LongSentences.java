package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/** Cuts an over-long sentence into pieces of at most a given length, at the last comma or space before it. */
final class LongSentences {
  private static final String BREAKS = "，、；;, \u3000";

  private LongSentences() {}

  static List<String> cut(String sentence, int longest) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (sentence.length() - start > longest) {
      int end = start + longest;
      int cut = end;
      for (int i = end - 1; i > start + longest / 2; i--) {
        if (BREAKS.indexOf(sentence.charAt(i)) >= 0) {
          cut = i + 1;
          break;
        }
      }
      if (Character.isHighSurrogate(sentence.charAt(cut - 1))) {
        cut--;
      }
      addPiece(sentence.substring(start, cut), pieces);
      start = cut;
    }
    addPiece(sentence.substring(start), pieces);
    return pieces;
  }

  private static void addPiece(String piece, List<String> pieces) {
    if (!piece.isBlank()) {
      pieces.add(piece.strip());
    }
  }
}
