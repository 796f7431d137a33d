package org.bitext.docs;

import java.util.List;

/**
 * What the scorer knows of the two documents besides their words: each sentence's length in characters (white
 * space not counted), the expected English characters per Chinese character, and each sentence's paragraph.
 */
record DocumentShape(int[] zhLengths, int[] enLengths, double ratio, int[] zhParagraphs, int[] enParagraphs) {
  private static final double PRIOR_RATIO = 3.5;
  /** How many Chinese characters of evidence the prior ratio is worth. */
  private static final double PRIOR_WEIGHT = 300;

  static DocumentShape of(List<DocumentSentence> zh, List<DocumentSentence> en) {
    int[] zhLengths = lengths(zh);
    int[] enLengths = lengths(en);
    return new DocumentShape(zhLengths, enLengths, lengthRatio(sum(zhLengths), sum(enLengths)), paragraphs(zh),
        paragraphs(en));
  }

  /**
   * English characters per Chinese character: the documents' own ratio, drawn towards the usual 3.5 (the Bible set
   * has 3.4, published novels 4.1) when they are short, because then one extra sentence skews it.
   */
  static double lengthRatio(long zhChars, long enChars) {
    return (enChars + PRIOR_RATIO * PRIOR_WEIGHT) / (zhChars + PRIOR_WEIGHT);
  }

  /** Characters other than white space: what a translation's length ratio is measured in. */
  private static int[] lengths(List<DocumentSentence> sentences) {
    int[] lengths = new int[sentences.size()];
    for (int k = 0; k < lengths.length; k++) {
      String text = sentences.get(k).text();
      int count = 0;
      for (int c = 0; c < text.length(); c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          count++;
        }
      }
      lengths[k] = count;
    }
    return lengths;
  }

  private static int[] paragraphs(List<DocumentSentence> sentences) {
    return sentences.stream().mapToInt(DocumentSentence::paragraph).toArray();
  }

  private static long sum(int[] values) {
    long total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
