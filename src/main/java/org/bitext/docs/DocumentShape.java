package org.bitext.docs;

/**
 * What the scorer knows of the two documents besides their words: each sentence's length in characters (white
 * space not counted), the expected English characters per Chinese character, and each sentence's paragraph.
 */
record DocumentShape(int[] zhLengths, int[] enLengths, double ratio, int[] zhParagraphs, int[] enParagraphs) {}
