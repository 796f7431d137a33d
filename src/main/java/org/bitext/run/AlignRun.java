package org.bitext.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.ArticleSink;
import org.bitext.source.Diagnostic;
import org.bitext.source.DumpReader;
import org.bitext.source.InputException;
import org.bitext.source.InputFile;
import org.bitext.source.InputFiles;
import org.bitext.source.MultistreamDump;
import org.bitext.corpus.Deduplicator;
import org.bitext.common.Digest;
import org.bitext.corpus.TmxWriter;
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;

/**
 * Runs {@code align}: every input is read, extracted and written on its own, so one bad file costs only itself;
 * each problem is reported on one line naming the file as soon as it is met.
 */
public final class AlignRun {
  /** Articles in flight a thread: enough to keep every thread busy while the writer waits on the oldest. */
  private static final int WINDOW_PER_THREAD = 4;
  /**
   * The most compressed bytes of a multistream dump read as one task need be (about 17 MB of XML, a second or so of
   * work): enough to make starting a decoder process cheap beside it (1 MB chunks cost 5% more time on a 1 GB dump),
   * little enough to keep memory small and a resumed run close to where it stopped. A dump under 256 MB is cut into
   * 64 chunks, so that every thread has work.
   */
  private static final long CHUNK_BYTES = 4 << 20;
  private static final int SMALL_DUMP_CHUNKS = 64;

  private final AlignOptions options;
  private final LazyWordSegmenter segmenter;
  private final Pipeline pipeline;
  private final PrintWriter err;
  private final RunProgress progress;
  /** Extraction threads; null when there is one, which then runs on the reading thread. */
  private final ExecutorService pool;
  private final AtomicLong bytesRead = new AtomicLong();
  private final ArticleReader reader = new ArticleReader(bytesRead);
  private final DumpReader dumpReader = new DumpReader();
  private final Deduplicator deduplicator = new Deduplicator();

  // What the run has done so far; touched only by the thread that writes.
  private final List<Diagnostic> problems = new ArrayList<>();
  private long articlesWritten;
  private int filesRead;
  private int filteredOut;
  private int duplicates;
  private int sentencePairs;
  private int termPairs;

  public AlignRun(AlignOptions options, LazyWordSegmenter segmenter, Lexicon lexicon, PrintWriter err) {
    this(options, segmenter, lexicon, err, RunProgress.none());
  }

  public AlignRun(AlignOptions options, LazyWordSegmenter segmenter, Lexicon lexicon, PrintWriter err,
      RunProgress progress) {
    this.options = options;
    this.progress = progress;
    this.segmenter = segmenter;
    this.pipeline = new Pipeline(segmenter, lexicon);
    this.err = err;
    this.pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), AlignRun::daemon) : null;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bitext-extract");
    thread.setDaemon(true);
    return thread;
  }

  public RunSummary run() throws IOException {
    try {
      return runAll();
    } finally {
      progress.close();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private RunSummary runAll() throws IOException {
    InputFiles inputs = InputFiles.expand(options.inputs());
    inputs.problems().forEach(this::report);
    progress.start(inputs.files().stream().mapToLong(file -> file.path().toFile().length()).sum());
    if (options.singleFile()) {
      writeOutput(options.output(), inputs.files());
    } else {
      for (InputFile file : inputs.files()) {
        Path target = options.output().resolve(file.stem() + options.format().extension());
        try {
          writeOutput(target, List.of(file));
        } catch (IOException e) {
          report(new Diagnostic(target.toString(), "cannot write: " + e.getMessage()));
        }
      }
    }
    return new RunSummary(filesRead, problems, sentencePairs, termPairs, duplicates, filteredOut,
        segmenter.isLoaded());
  }

  /** Reads {@code files} into {@code target}, continuing from its journal when a run like this one was stopped. */
  private void writeOutput(Path target, List<InputFile> files) throws IOException {
    try (Journal journal = Journal.open(Journal.beside(target), runKey(target, files), options.resume());
        PairWriter writer = PairWriters.open(options.format(), target, options.tmx())) {
      Output output = new Output(target, writer, journal);
      boolean anyRead = false;
      for (InputFile file : files) {
        anyRead |= readInto(file, output);
      }
      output.finish();
      if (anyRead) {
        writer.commit();
      }
      journal.delete();
    }
  }

  /**
   * What makes a stopped run's journal usable by this one: the same bitext, output, format, filter and tags, and the
   * same inputs, unchanged, read the same way. The number of threads may differ: it does not change the output.
   */
  private String runKey(Path target, List<InputFile> files) throws IOException {
    // The chunk size fixes what a unit of work is, so a journal from a build that cut dumps otherwise is not used.
    StringBuilder key = new StringBuilder(TmxWriter.VERSION).append(" chunks of ").append(CHUNK_BYTES).append('\n')
        .append(target.toAbsolutePath())
        .append('\n').append(options.format()).append('\n').append(options.filter()).append('\n')
        .append(options.tmx());
    for (InputFile file : files) {
      key.append('\n').append(file.path().toAbsolutePath()).append(' ').append(Files.size(file.path()))
          .append(' ').append(Files.getLastModifiedTime(file.path()).toMillis()).append(' ').append(indexOf(file));
    }
    return Digest.hex(key.toString());
  }

  private Optional<Path> indexOf(InputFile file) {
    if (!file.path().toString().endsWith(".bz2")) {
      return Optional.empty();
    }
    return options.index().or(() -> MultistreamDump.indexBeside(file.path())).map(Path::toAbsolutePath);
  }

  /** Writes the pairs of every article in {@code file}; false when nothing of it could be read. */
  private boolean readInto(InputFile file, Output output) throws IOException {
    long submittedBefore = output.submitted;
    try {
      Optional<Path> index = indexOf(file);
      if (index.isPresent()) {
        readStreams(MultistreamDump.open(file.path(), index.get()), file.path().toString(), output);
      } else {
        reader.read(file, output);
      }
    } catch (InputException e) {
      report(new Diagnostic(file.path().toString(), e.getMessage()));
      if (output.submitted == submittedBefore) {
        return false;
      }
    }
    filesRead++;
    return true;
  }

  /**
   * A multistream dump, one chunk of streams a task: each is read, decompressed, parsed and extracted on a pool
   * thread, and its pairs are written in dump order. Chunks a stopped run finished are not read again.
   */
  private void readStreams(MultistreamDump dump, String origin, Output output) throws IOException {
    for (MultistreamDump.Chunk chunk : dump.chunks(Math.min(CHUNK_BYTES, dump.size() / SMALL_DUMP_CHUNKS))) {
      if (output.skipsNextUnit()) {
        bytesRead.addAndGet(chunk.compressedSize());
        continue;
      }
      output.submitBatch(() -> {
        List<OrderedExtraction.Result> results = new ArrayList<>();
        ArticleSink collect = new ArticleSink() {
          @Override
          public void accept(Article article) {
            results.add(output.extraction.extract(article));
          }

          @Override
          public void skipped(Diagnostic problem) {
            results.add(new OrderedExtraction.Result(List.of(), problem));
          }
        };
        try {
          dump.readChunk(chunk, options.decoder(), dumpReader, origin, collect);
        } catch (InputException e) {
          collect.skipped(new Diagnostic(origin + " (streams from byte " + chunk.startByte() + ")", e.getMessage()));
        }
        bytesRead.addAndGet(chunk.compressedSize());
        return results;
      });
    }
  }

  /**
   * One output being written. Work comes in units (an article, or a stream of a multistream dump), numbered in
   * input order; each unit's pairs are filtered, deduplicated, written and journaled on one thread, in that order.
   * When the journal recovered a stopped run, its pairs are written again first and its units are skipped.
   */
  private final class Output implements ArticleSink {
    private final PairWriter writer;
    private final Journal journal;
    private final OrderedExtraction extraction;
    private final long unitsToSkip;
    /** Units handed on so far, skipped ones included. */
    private long submitted;
    /** The run's counts when this output started, so its journal keeps only its own. */
    private final Journal.Checkpoint base;
    private long unitsDone;

    Output(Path target, PairWriter writer, Journal journal) throws IOException {
      this.writer = writer;
      this.journal = journal;
      this.extraction = new OrderedExtraction(pipeline, pool, WINDOW_PER_THREAD * options.threads(), this::write);
      Journal.Recovered recovered = journal.recovered();
      Journal.Checkpoint done = recovered.checkpoint();
      if (done.units() > 0) {
        err.printf("bitext: resuming %s after %d unit(s) of work and %d pair(s) done by a stopped run%n",
            target, done.units(), recovered.pairs().size());
      }
      recovered.problems().forEach(AlignRun.this::report);
      for (Pair pair : recovered.pairs()) {
        deduplicator.isFirst(pair);
        writer.write(pair);
        count(pair);
      }
      this.unitsToSkip = done.units();
      this.unitsDone = done.units();
      this.base = new Journal.Checkpoint(0, articlesWritten, filteredOut, duplicates);
      articlesWritten += done.articles();
      filteredOut += done.filteredOut();
      duplicates += done.duplicates();
    }

    /** Whether the next unit was done by the stopped run; counts it either way. */
    boolean skipsNextUnit() {
      return submitted++ < unitsToSkip;
    }

    void submitBatch(Callable<List<OrderedExtraction.Result>> work) throws IOException {
      extraction.submitBatch(work);
    }

    @Override
    public void accept(Article article) throws IOException {
      if (!skipsNextUnit()) {
        extraction.submit(article);
      }
    }

    @Override
    public void skipped(Diagnostic problem) {
      report(problem);
    }

    void finish() throws IOException {
      extraction.finish();
    }

    /** Filters, dedups, writes and journals one unit's pairs. */
    private void write(List<OrderedExtraction.Result> unit) throws IOException {
      for (OrderedExtraction.Result result : unit) {
        if (result.problem() != null) {
          report(result.problem());
          journal.problem(result.problem());
          continue;
        }
        for (Pair pair : result.pairs()) {
          if (!options.filter().accepts(pair)) {
            filteredOut++;
          } else if (!deduplicator.isFirst(pair)) {
            duplicates++;
          } else {
            writer.write(pair);
            journal.pair(pair);
            count(pair);
          }
        }
        articlesWritten++;
      }
      unitsDone++;
      journal.unitDone(new Journal.Checkpoint(unitsDone, articlesWritten - base.articles(),
          filteredOut - base.filteredOut(), duplicates - base.duplicates()));
      progress.update(bytesRead.get(), articlesWritten, (long) sentencePairs + termPairs);
    }
  }

  private void count(Pair pair) {
    if (pair.kind() == PairKind.SENTENCE) {
      sentencePairs++;
    } else {
      termPairs++;
    }
  }

  private void report(Diagnostic problem) {
    problems.add(problem);
    err.println("bitext: skipped " + problem);
    err.flush();
  }
}
