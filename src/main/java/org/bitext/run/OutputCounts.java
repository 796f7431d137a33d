package org.bitext.run;

import org.bitext.corpus.DropReport;

/**
 * What an output (or a whole run) has done.
 *
 * @param articles articles whose pairs were handed to the output
 * @param sentencePairs sentence pairs written
 * @param termPairs term pairs written
 * @param filteredOut pairs a filter (score, length, ratio) left out
 * @param duplicates pairs not written because an identical one was
 * @param drops what each filter rule and the deduplication left out
 */
record OutputCounts(long articles, int sentencePairs, int termPairs, int filteredOut, int duplicates,
    DropReport drops) {
  static final OutputCounts NONE = new OutputCounts(0, 0, 0, 0, 0, DropReport.NONE);

  long pairs() {
    return (long) sentencePairs + termPairs;
  }

  OutputCounts plus(OutputCounts other) {
    return new OutputCounts(articles + other.articles, sentencePairs + other.sentencePairs,
        termPairs + other.termPairs, filteredOut + other.filteredOut, duplicates + other.duplicates,
        drops.plus(other.drops));
  }
}
