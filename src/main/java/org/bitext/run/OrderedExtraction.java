package org.bitext.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.bitext.source.Article;
import org.bitext.source.Diagnostic;

/**
 * Extracts the articles of one output's inputs on the workers and hands their results on in input order, so the
 * output is the same whatever the number of threads. Work comes in units: single articles, or batches (a chunk of a
 * multistream dump, read and extracted by one task); at most {@code window} are in flight, which bounds memory. An
 * article whose extraction fails is reported and skipped; the others go on.
 */
final class OrderedExtraction {
  /** Receives each unit's results, in input order, on the thread that submitted them. */
  interface Receiver {
    void receive(List<ArticleResult> unit) throws IOException;
  }

  private final Pipeline pipeline;
  private final ExecutorService workers;
  private final int window;
  private final Receiver receiver;
  private final Deque<Future<List<ArticleResult>>> inFlight = new ArrayDeque<>();

  OrderedExtraction(Pipeline pipeline, ExecutorService workers, int window, Receiver receiver) {
    this.pipeline = pipeline;
    this.workers = workers;
    this.window = window;
    this.receiver = receiver;
  }

  void submit(Article article) throws IOException {
    submitBatch(() -> List.of(extract(article)));
  }

  /** Work that yields results in input order, such as reading and extracting one chunk of a dump. */
  void submitBatch(Callable<List<ArticleResult>> work) throws IOException {
    inFlight.add(workers.submit(work));
    while (inFlight.size() > window) {
      receiveOldest();
    }
  }

  /** Waits for every unit submitted and hands their results on. */
  void finish() throws IOException {
    while (!inFlight.isEmpty()) {
      receiveOldest();
    }
  }

  ArticleResult extract(Article article) {
    try {
      return new ArticleResult.Extracted(pipeline.extract(article).pairs());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must cost one article, not the run; the message names it for a report.
      return new ArticleResult.Skipped(new Diagnostic(article.origin(), "internal error, article skipped: " + e));
    }
  }

  private void receiveOldest() throws IOException {
    Future<List<ArticleResult>> oldest = inFlight.poll();
    try {
      receiver.receive(oldest.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for an article");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      throw new IllegalStateException("extraction failed outside the pipeline: " + e.getCause(), e.getCause());
    }
  }
}
