package org.bitext.run;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import java.util.Optional;
import org.bitext.corpus.Deduplicator;
import org.bitext.corpus.DropReport;
import org.bitext.corpus.FilterRule;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.PairWriter;
import org.bitext.run.JournalRecord.Checkpoint;
import org.bitext.source.Diagnostic;

/**
 * One output being written: fed units of results in input order, it filters, deduplicates, writes and journals their
 * pairs and reports their problems, and counts what it did. When its journal recovered a stopped run, that run's
 * pairs and problems are replayed first, so the output and the counts end as an uninterrupted run's would.
 */
final class PairOutput implements OrderedExtraction.Receiver {
  /** Told after each unit what the output has done so far. */
  interface UnitListener {
    void unitDone(OutputCounts counts);
  }

  private final PairWriter writer;
  private final Journal journal;
  private final PairFilter filter;
  private final Deduplicator deduplicator;
  private final Consumer<Diagnostic> reporter;
  private final UnitListener listener;
  private final Consumer<Pair> accepted;
  private long units;
  private long articles;
  private int sentencePairs;
  private int termPairs;
  private int filteredOut;
  private int duplicates;
  private DropReport drops = DropReport.NONE;

  /**
   * An output that writes to {@code writer} and journals to {@code journal}, having replayed what the journal
   * recovered.
   *
   * @param deduplicator shared by every output of a run: a pair is written once per run
   * @param reporter where problems go, recovered ones included
   */
  static PairOutput replaying(PairWriter writer, Journal journal, PairFilter filter, Deduplicator deduplicator,
      Consumer<Diagnostic> reporter, UnitListener listener) throws IOException {
    return replaying(writer, journal, filter, deduplicator, reporter, listener, pair -> {});
  }

  /**
   * As above, and every pair the filter lets through, duplicates included, is also handed to {@code accepted} (a
   * glossary counts how often each term was found).
   */
  static PairOutput replaying(PairWriter writer, Journal journal, PairFilter filter, Deduplicator deduplicator,
      Consumer<Diagnostic> reporter, UnitListener listener, Consumer<Pair> accepted) throws IOException {
    PairOutput output = new PairOutput(writer, journal, filter, deduplicator, reporter, listener, accepted);
    output.replay(journal.recovered());
    return output;
  }

  private PairOutput(PairWriter writer, Journal journal, PairFilter filter, Deduplicator deduplicator,
      Consumer<Diagnostic> reporter, UnitListener listener, Consumer<Pair> accepted) {
    this.accepted = accepted;
    this.writer = writer;
    this.journal = journal;
    this.filter = filter;
    this.deduplicator = deduplicator;
    this.reporter = reporter;
    this.listener = listener;
  }

  private void replay(Journal.Recovered recovered) throws IOException {
    recovered.problems().forEach(reporter);
    for (Pair pair : recovered.pairs()) {
      accepted.accept(pair);
      deduplicator.isFirst(pair);
      writer.write(pair);
      count(pair);
    }
    Checkpoint done = recovered.checkpoint();
    units = done.units();
    articles = done.articles();
    filteredOut = done.filteredOut();
    duplicates = done.duplicates();
    drops = new DropReport(done.drops().filtered(), done.duplicates());
  }

  /** Units of work a stopped run already did: the inputs' first so many units are not to be read again. */
  long unitsDone() {
    return units;
  }

  OutputCounts counts() {
    return new OutputCounts(articles, sentencePairs, termPairs, filteredOut, duplicates, drops);
  }

  @Override
  public void receive(List<ArticleResult> unit) throws IOException {
    for (ArticleResult result : unit) {
      if (result instanceof ArticleResult.Skipped skipped) {
        reporter.accept(skipped.problem());
        journal.problem(skipped.problem());
      } else if (result instanceof ArticleResult.Extracted extracted) {
        write(extracted.pairs());
        articles++;
      }
    }
    units++;
    journal.unitDone(new Checkpoint(units, articles, filteredOut, duplicates, drops));
    listener.unitDone(counts());
  }

  private void write(List<Pair> pairs) throws IOException {
    for (Pair pair : pairs) {
      Optional<FilterRule> refused = filter.rejection(pair);
      if (refused.isPresent()) {
        filteredOut++;
        drops = drops.plusFiltered(refused.get());
        continue;
      }
      accepted.accept(pair);
      if (!deduplicator.isFirst(pair)) {
        duplicates++;
        drops = drops.plusDuplicate();
      } else {
        writer.write(pair);
        journal.pair(pair);
        count(pair);
      }
    }
  }

  private void count(Pair pair) {
    if (pair.kind() == PairKind.SENTENCE) {
      sentencePairs++;
    } else {
      termPairs++;
    }
  }
}
