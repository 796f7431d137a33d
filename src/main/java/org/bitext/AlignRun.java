package org.bitext;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;

/**
 * Runs {@code align}: every input is read, extracted and written on its own, so one bad file costs only itself;
 * each problem is reported on one line naming the file as soon as it is met.
 */
public final class AlignRun {
  /** Articles in flight a thread: enough to keep every thread busy while the writer waits on the oldest. */
  private static final int WINDOW_PER_THREAD = 4;

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
      try (PairWriter writer = PairWriters.open(options.format(), options.output(), options.tmx())) {
        for (InputFile file : inputs.files()) {
          readInto(file, writer);
        }
        if (filesRead > 0) {
          writer.commit();
        }
      }
    } else {
      for (InputFile file : inputs.files()) {
        writeOwnFile(file);
      }
    }
    return new RunSummary(filesRead, problems, sentencePairs, termPairs, deduplicator.duplicates(), filteredOut,
        segmenter.isLoaded());
  }

  private void writeOwnFile(InputFile file) {
    Path target = options.output().resolve(file.stem() + options.format().extension());
    try (PairWriter writer = PairWriters.open(options.format(), target, options.tmx())) {
      if (readInto(file, writer)) {
        writer.commit();
      }
    } catch (IOException e) {
      report(new Diagnostic(target.toString(), "cannot write: " + e.getMessage()));
    }
  }

  /** Writes the pairs of every article in {@code file}; false when nothing of it could be read. */
  private boolean readInto(InputFile file, PairWriter writer) throws IOException {
    PairsToWriter sink = new PairsToWriter(writer);
    try {
      Optional<Path> index = options.index().or(() -> MultistreamDump.indexBeside(file.path()));
      if (index.isPresent() && file.path().toString().endsWith(".bz2")) {
        readStreams(MultistreamDump.open(file.path(), index.get()), file.path().toString(), sink);
      } else {
        reader.read(file, sink);
      }
      sink.extraction.finish();
    } catch (InputException e) {
      sink.extraction.finish();
      report(new Diagnostic(file.path().toString(), e.getMessage()));
      if (sink.submitted == 0) {
        return false;
      }
    }
    filesRead++;
    return true;
  }

  /**
   * A multistream dump, one stream a task: each is read, parsed and extracted on a pool thread, and its pairs are
   * written in stream order.
   */
  private void readStreams(MultistreamDump dump, String origin, PairsToWriter sink) throws IOException {
    for (int i = 0; i < dump.streams(); i++) {
      int stream = i;
      sink.submitted++;
      sink.extraction.submitBatch(() -> {
        List<OrderedExtraction.Result> results = new ArrayList<>();
        ArticleSink collect = new ArticleSink() {
          @Override
          public void accept(Article article) {
            results.add(sink.extraction.extract(article));
          }

          @Override
          public void skipped(Diagnostic problem) {
            results.add(new OrderedExtraction.Result(List.of(), problem));
          }
        };
        try {
          dump.readStream(stream, dumpReader, origin, collect);
          bytesRead.addAndGet(dump.compressedSize(stream));
        } catch (InputException e) {
          collect.skipped(new Diagnostic(origin + " (stream at byte " + dump.start(stream) + ")", e.getMessage()));
        }
        return results;
      });
    }
  }

  private final class PairsToWriter implements ArticleSink {
    private final PairWriter writer;
    private final OrderedExtraction extraction;
    /** Articles, or dump streams, handed to the extraction so far. */
    private int submitted;

    PairsToWriter(PairWriter writer) {
      this.writer = writer;
      this.extraction = new OrderedExtraction(pipeline, pool, WINDOW_PER_THREAD * options.threads(), this::write);
    }

    @Override
    public void accept(Article article) throws IOException {
      submitted++;
      extraction.submit(article);
    }

    /** Filters, dedups and writes one article's pairs: on one thread, in input order. */
    private void write(OrderedExtraction.Result result) throws IOException {
      if (result.problem() != null) {
        report(result.problem());
        return;
      }
      for (Pair pair : result.pairs()) {
        if (!options.filter().accepts(pair)) {
          filteredOut++;
        } else if (deduplicator.isFirst(pair)) {
          writer.write(pair);
          count(pair);
        }
      }
      articlesWritten++;
      progress.update(bytesRead.get(), articlesWritten, (long) sentencePairs + termPairs);
    }

    @Override
    public void skipped(Diagnostic problem) {
      report(problem);
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
