package org.bitext.run;

import org.bitext.align.Pair;
import org.bitext.corpus.DropReport;
import org.bitext.source.Diagnostic;

/** One line of a journal. */
sealed interface JournalRecord {
  /** The first line: the journal's format and the key of the run that wrote it. */
  record Header(int format, String runKey) implements JournalRecord {}

  /** A pair the output was given (after filtering and deduplication). */
  record PairWritten(Pair pair) implements JournalRecord {}

  /** A problem met while reading the output's inputs. */
  record ProblemMet(Diagnostic problem) implements JournalRecord {}

  /** Everything before this line is whole: so many units of work were done, with these counts. */
  record UnitsDone(Checkpoint checkpoint) implements JournalRecord {}

  /**
   * How far a journal got: units done and what the run counted in them that is not in its lines.
   *
   * @param units units of work done (articles, or chunks of a multistream dump)
   * @param articles articles whose pairs were handed to the output
   * @param filteredOut pairs a filter left out
   * @param duplicates pairs left out as duplicates
   * @param drops what each filter rule left out; {@link DropReport#NONE} in a journal that did not keep it
   */
  record Checkpoint(long units, long articles, int filteredOut, int duplicates, DropReport drops) {
    static final Checkpoint START = new Checkpoint(0, 0, 0, 0);

    Checkpoint(long units, long articles, int filteredOut, int duplicates) {
      this(units, articles, filteredOut, duplicates, DropReport.NONE);
    }
  }
}
