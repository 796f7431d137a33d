package org.bitext.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.Deduplicator;
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;
import java.util.Locale;
import org.bitext.corpus.DatasetOrigin;
import org.bitext.corpus.HfDatasetWriter;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxSettings;
import org.bitext.glossary.Glossary;
import org.bitext.glossary.GlossaryFile;
import org.bitext.glossary.GlossaryFormat;
import org.bitext.glossary.GlossaryLanguages;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.ArticleSink;
import org.bitext.source.Diagnostic;
import org.bitext.source.DumpReader;
import org.bitext.source.InputException;
import org.bitext.source.InputFile;
import org.bitext.source.InputFiles;
import org.bitext.source.InputKind;
import org.bitext.source.MultistreamDump;

/**
 * Runs {@code align}: the inputs are expanded, each output (one per input, or one for all) is written from its
 * inputs' units of work, extracted on the workers and fed in input order into its {@link PairOutput}. One bad file
 * costs only itself; each problem is reported on one line naming the file as soon as it is met.
 */
public final class AlignRun {
  /** Units in flight a thread: enough to keep every thread busy while the output waits on the oldest. */
  private static final int WINDOW_PER_THREAD = 4;

  private final AlignOptions options;
  private final LazyWordSegmenter segmenter;
  private final Pipeline pipeline;
  private final PrintWriter err;
  private final RunProgress progress;
  private final ExecutorService workers;
  private final AtomicLong bytesRead = new AtomicLong();
  private final ArticleReader reader = new ArticleReader(bytesRead);
  private final DumpReader dumpReader = new DumpReader();
  private final Deduplicator deduplicator = new Deduplicator();
  private final Glossary glossary = new Glossary();

  // What the run has done so far; touched only by the thread that writes.
  private final List<Diagnostic> problems = new ArrayList<>();
  private OutputCounts finishedOutputs = OutputCounts.NONE;
  private int filesRead;

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
    this.workers = Workers.of(options.threads());
  }

  public RunSummary run() throws IOException {
    try {
      InputFiles inputs = InputFiles.expand(options.inputs());
      inputs.problems().forEach(this::report);
      progress.start(inputs.files().stream().mapToLong(file -> file.path().toFile().length()).sum());
      for (OutputTarget target : OutputTarget.of(options, inputs.files())) {
        write(target);
      }
      if (options.glossary().isPresent()) {
        writeGlossary(options.glossary().get());
      }
      return new RunSummary(filesRead, problems, finishedOutputs.sentencePairs(), finishedOutputs.termPairs(),
          finishedOutputs.duplicates(), finishedOutputs.filteredOut(), segmenter.isLoaded(), finishedOutputs.drops());
    } finally {
      progress.close();
      workers.shutdownNow();
    }
  }

  /**
   * Writes one output, continuing from its journal when a run like this one was stopped. An output that cannot be
   * written is reported and the run goes on, unless it is the run's one output.
   */
  private void write(OutputTarget target) throws IOException {
    try {
      writeOutput(target);
    } catch (IOException e) {
      Diagnostic problem = new Diagnostic(target.path().toString(), "cannot write: " + IoMessages.describe(e));
      if (options.singleFile()) {
        throw new IOException(problem.toString(), e);
      }
      report(problem);
    }
  }

  private void writeOutput(OutputTarget target) throws IOException {
    String key = RunKey.of(options, target.path(), target.files(), this::indexOf);
    // A glossary counts duplicates, which a journal does not keep: a run that writes one starts its outputs over.
    boolean resume = options.resume() && options.glossary().isEmpty();
    try (Journal journal = Journal.open(Journal.beside(target.path()), key, resume);
        PairWriter writer = PairWriters.open(options.format(), target.path(), options.tmx(), options.layout())) {
      announceResume(target, journal.recovered());
      OutputCounts before = finishedOutputs;
      PairOutput output = PairOutput.replaying(writer, journal, options.filter(), deduplicator, this::report,
          counts -> progress.update(bytesRead.get(), before.plus(counts).articles(), before.plus(counts).pairs()),
          glossary::add);
      UnitFeed feed = new UnitFeed(new OrderedExtraction(pipeline, workers,
          WINDOW_PER_THREAD * options.threads(), output), output.unitsDone());
      boolean anyRead = false;
      for (InputFile file : target.files()) {
        anyRead |= readInto(file, feed);
      }
      feed.finish();
      if (writer instanceof HfDatasetWriter dataset) {
        dataset.describe(output.counts().drops(), describeOptions(), DatasetOrigin.MINED_ARTICLES);
      }
      if (anyRead) {
        writer.commit();
      }
      journal.delete();
      finishedOutputs = before.plus(output.counts());
    }
  }

  /** The options that decide which pairs a dataset holds, and the inputs' names, for its card. */
  private String describeOptions() {
    PairFilter filter = options.filter();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "`--min-score %s --min-length %d --max-length %s --min-ratio %s --max-ratio %s`", filter.minScore(),
        filter.minLength(), filter.maxLength() == Integer.MAX_VALUE ? "none" : filter.maxLength(), filter.minRatio(),
        filter.maxRatio() == Double.MAX_VALUE ? "none" : filter.maxRatio()));
    text.append(" on ");
    List<String> names = options.inputs().stream().map(path -> "`" + path.getFileName() + "`").toList();
    text.append(String.join(", ", names));
    return text.toString();
  }

  /** The run's term pairs, merged, as one glossary file; none when the run found no term pair. */
  private void writeGlossary(Path file) throws IOException {
    if (glossary.isEmpty()) {
      err.println("bitext: no term pairs, so no glossary written to " + file);
      return;
    }
    TmxSettings tags = options.tmx();
    GlossaryLanguages languages = new GlossaryLanguages(tags.englishTag(),
        tags.chineseTagFor(glossary.majorityScript()), tags.chineseIsSource());
    GlossaryFormat format = GlossaryFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
        "not a glossary name (.tbx, .tsv, .csv): " + file));
    try {
      GlossaryFile.write(glossary, file, format, languages);
    } catch (IOException e) {
      throw new IOException(new Diagnostic(file.toString(), "cannot write the glossary: "
          + IoMessages.describe(e)).toString(), e);
    }
    err.println("bitext: glossary of " + glossary.entries().size() + " term(s) written to " + file);
  }

  private void announceResume(OutputTarget target, Journal.Recovered recovered) {
    if (recovered.checkpoint().units() > 0) {
      err.printf("bitext: resuming %s after %d unit(s) of work and %d pair(s) done by a stopped run%n",
          target.path(), recovered.checkpoint().units(), recovered.pairs().size());
    }
  }

  /** The multistream index a compressed dump is read through: the one named, else the one beside it. */
  private Optional<Path> indexOf(InputFile file) {
    if (file.kind() != InputKind.BZIP2_DUMP) {
      return Optional.empty();
    }
    return options.index().or(() -> MultistreamDump.indexBeside(file.path()));
  }

  /** Feeds the units of {@code file} to the output; false when nothing of it could be read. */
  private boolean readInto(InputFile file, UnitFeed feed) throws IOException {
    long submittedBefore = feed.submitted();
    try {
      Optional<Path> index = indexOf(file);
      if (index.isPresent()) {
        // A whole dump needs the segmenter early and on every thread: loading it while the index is read spares
        // the threads the wait.
        segmenter.loadInBackground();
        readUnits(MultistreamDump.open(file.path(), index.get(), options.decoder()), file.path().toString(), feed);
      } else {
        reader.read(file, feed);
      }
    } catch (InputException e) {
      report(new Diagnostic(file.path().toString(), e.getMessage()));
      if (feed.submitted() == submittedBefore) {
        return false;
      }
    }
    filesRead++;
    return true;
  }

  /** A multistream dump, one chunk of streams a task: read, decompressed, parsed and extracted on a worker. */
  private void readUnits(MultistreamDump dump, String origin, UnitFeed feed) throws IOException {
    for (MultistreamDump.Chunk chunk : dump.units()) {
      if (feed.skipsNextUnit()) {
        bytesRead.addAndGet(chunk.compressedSize());
        continue;
      }
      feed.extraction.submitBatch(() -> {
        List<ArticleResult> results = new ArrayList<>();
        ArticleSink collect = new ArticleSink() {
          @Override
          public void accept(Article article) {
            results.add(feed.extraction.extract(article));
          }

          @Override
          public void skipped(Diagnostic problem) {
            results.add(new ArticleResult.Skipped(problem));
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
   * The read side of one output: numbers the units of work in input order and passes over those a stopped run
   * already did; an article file's articles are units of one article each.
   */
  private final class UnitFeed implements ArticleSink {
    private final OrderedExtraction extraction;
    private final long unitsToSkip;
    private long submitted;

    UnitFeed(OrderedExtraction extraction, long unitsToSkip) {
      this.extraction = extraction;
      this.unitsToSkip = unitsToSkip;
    }

    /** Units handed on so far, skipped ones included. */
    long submitted() {
      return submitted;
    }

    /** Whether the next unit was done by the stopped run; counts it either way. */
    boolean skipsNextUnit() {
      return submitted++ < unitsToSkip;
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
  }

  private void report(Diagnostic problem) {
    problems.add(problem);
    err.println("bitext: skipped " + problem);
    err.flush();
  }
}
