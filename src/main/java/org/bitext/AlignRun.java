package org.bitext;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.Diagnostic;
import org.bitext.source.InputException;
import org.bitext.source.InputFile;
import org.bitext.source.InputFiles;
import org.bitext.write.PairWriter;
import org.bitext.write.TmxWriter;

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
  private int filesRead;
  private int sentencePairs;
  private int termPairs;

  public AlignRun(AlignOptions options, LazyWordSegmenter segmenter, PrintWriter err) {
    this.options = options;
    this.segmenter = segmenter;
    this.pipeline = new Pipeline(segmenter);
    this.err = err;
  }

  public RunSummary run() throws IOException {
    InputFiles inputs = InputFiles.expand(options.inputs());
    inputs.problems().forEach(this::report);
    if (options.singleFile()) {
      writeAllTo(options.output(), inputs.files());
    } else {
      for (InputFile file : inputs.files()) {
        writeOne(file);
      }
    }
    return new RunSummary(filesRead, problems, sentencePairs, termPairs, segmenter.isLoaded());
  }

  private void writeAllTo(Path target, List<InputFile> files) throws IOException {
    try (PairWriter writer = new TmxWriter(target, options.tmx())) {
      for (InputFile file : files) {
        for (Pair pair : extract(file).orElse(List.of())) {
          count(writer.write(pair), pair);
        }
      }
      if (filesRead > 0) {
        writer.commit();
      }
    }
  }

  private void writeOne(InputFile file) {
    Optional<List<Pair>> pairs = extract(file);
    if (pairs.isEmpty()) {
      return;
    }
    Path target = options.output().resolve(file.stem() + ".tmx");
    List<Pair> written = new ArrayList<>();
    try (PairWriter writer = new TmxWriter(target, options.tmx())) {
      for (Pair pair : pairs.get()) {
        if (writer.write(pair)) {
          written.add(pair);
        }
      }
      writer.commit();
      written.forEach(pair -> count(true, pair));
    } catch (IOException e) {
      filesRead--;
      report(new Diagnostic(target.toString(), "cannot write: " + e.getMessage()));
    }
  }

  /** The pairs of one input that pass the filters, or empty when the input could not be read. */
  private Optional<List<Pair>> extract(InputFile file) {
    Article article;
    try {
      article = reader.read(file);
    } catch (InputException e) {
      report(new Diagnostic(file.path().toString(), e.getMessage()));
      return Optional.empty();
    }
    filesRead++;
    return Optional.of(pipeline.extract(article).pairs().stream()
        .filter(pair -> pair.score() >= options.minScore())
        .toList());
  }

  private void count(boolean written, Pair pair) {
    if (!written) {
      return;
    }
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
