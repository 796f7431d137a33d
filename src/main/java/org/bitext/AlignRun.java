package org.bitext;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.ArticleSink;
import org.bitext.source.Diagnostic;
import org.bitext.source.InputException;
import org.bitext.source.InputFile;
import org.bitext.source.InputFiles;
import org.bitext.corpus.Deduplicator;
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;

/**
 * Runs {@code align}: every input is read, extracted and written on its own, so one bad file costs only itself;
 * each problem is reported on one line naming the file as soon as it is met.
 */
public final class AlignRun {
  private final AlignOptions options;
  private final LazyWordSegmenter segmenter;
  private final Pipeline pipeline;
  private final PrintWriter err;
  private final ArticleReader reader = new ArticleReader();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Deduplicator deduplicator = new Deduplicator();
  private int filesRead;
  private int filteredOut;
  private int sentencePairs;
  private int termPairs;

  public AlignRun(AlignOptions options, LazyWordSegmenter segmenter, Lexicon lexicon, PrintWriter err) {
    this.options = options;
    this.segmenter = segmenter;
    this.pipeline = new Pipeline(segmenter, lexicon);
    this.err = err;
  }

  public RunSummary run() throws IOException {
    InputFiles inputs = InputFiles.expand(options.inputs());
    inputs.problems().forEach(this::report);
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
      reader.read(file, sink);
    } catch (InputException e) {
      report(new Diagnostic(file.path().toString(), e.getMessage()));
      if (sink.articles == 0) {
        return false;
      }
    }
    filesRead++;
    return true;
  }

  private final class PairsToWriter implements ArticleSink {
    private final PairWriter writer;
    private int articles;

    PairsToWriter(PairWriter writer) {
      this.writer = writer;
    }

    @Override
    public void accept(Article article) throws IOException {
      articles++;
      for (Pair pair : pipeline.extract(article).pairs()) {
        if (!options.filter().accepts(pair)) {
          filteredOut++;
        } else if (deduplicator.isFirst(pair)) {
          writer.write(pair);
          count(pair);
        }
      }
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
