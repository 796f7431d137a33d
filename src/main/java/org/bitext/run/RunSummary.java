package org.bitext.run;

import java.util.List;
import org.bitext.corpus.DropReport;
import org.bitext.source.Diagnostic;

/**
 * The outcome of a run, for the closing report and the exit code.
 *
 * @param filesRead inputs read and written
 * @param problems inputs (or parts of them) that were skipped, each with its reason
 * @param sentencePairs sentence pairs written
 * @param termPairs term pairs written
 * @param duplicates pairs not written because an identical one was
 * @param filteredOut pairs not written because a filter (score, length, ratio) left them out
 * @param segmenterLoaded whether the word segmenter's model had to be loaded
 * @param drops what each filter rule and the deduplication left out
 */
public record RunSummary(int filesRead, List<Diagnostic> problems, int sentencePairs, int termPairs, int duplicates,
    int filteredOut, boolean segmenterLoaded, DropReport drops) {
  public RunSummary {
    problems = List.copyOf(problems);
    java.util.Objects.requireNonNull(drops, "drops");
  }

  /** A summary without the report of what each filter left out. */
  public RunSummary(int filesRead, List<Diagnostic> problems, int sentencePairs, int termPairs, int duplicates,
      int filteredOut, boolean segmenterLoaded) {
    this(filesRead, problems, sentencePairs, termPairs, duplicates, filteredOut, segmenterLoaded, DropReport.NONE);
  }
}
