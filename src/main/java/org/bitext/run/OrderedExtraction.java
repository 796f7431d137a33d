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
import org.bitext.align.Pair;
import org.bitext.source.Article;
import org.bitext.source.Diagnostic;

/**
 * Extracts the articles of one input on a pool of threads and hands their pairs on in input order, so the output is
 * the same whatever the number of threads. Work comes as single articles or as batches (a multistream dump's
 * stream, read and extracted by one task); at most {@code window} are in flight, which bounds memory. An article
 * whose extraction fails is reported and skipped; the others go on.
 */
final class OrderedExtraction {
  /** What one article gave: its pairs, or the problem that stopped it. */
  record Result(List<Pair> pairs, Diagnostic problem) {}

  /** Receives each submission's results, in input order, on the thread that submitted them. */
  interface Receiver {
    void receive(List<Result> unit) throws IOException;
  }

  private final Pipeline pipeline;
  private final ExecutorService pool;
  private final int window;
  private final Receiver receiver;
  private final Deque<Future<List<Result>>> inFlight = new ArrayDeque<>();

  /** A null pool extracts on the calling thread. */
  OrderedExtraction(Pipeline pipeline, ExecutorService pool, int window, Receiver receiver) {
    this.pipeline = pipeline;
    this.pool = pool;
    this.window = window;
    this.receiver = receiver;
  }

  void submit(Article article) throws IOException {
    submitBatch(() -> List.of(extract(article)));
  }

  /** Work that yields results in input order, such as reading and extracting one stream of a dump. */
  void submitBatch(Callable<List<Result>> work) throws IOException {
    if (pool == null) {
      receiver.receive(call(work));
      return;
    }
    inFlight.add(pool.submit(work));
    while (inFlight.size() > window) {
      receiveOldest();
    }
  }

  /** Waits for every article submitted and hands their pairs on. */
  void finish() throws IOException {
    while (!inFlight.isEmpty()) {
      receiveOldest();
    }
  }

  Result extract(Article article) {
    try {
      return new Result(pipeline.extract(article).pairs(), null);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must cost one article, not the run; the message names it for a report.
      return new Result(List.of(), new Diagnostic(article.origin(), "internal error, article skipped: " + e));
    }
  }

  private static List<Result> call(Callable<List<Result>> work) throws IOException {
    try {
      return work.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("extraction failed outside the pipeline", e);
    }
  }

  private void receiveOldest() throws IOException {
    Future<List<Result>> oldest = inFlight.poll();
    try {
      receiver.receive(oldest.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for an article");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IllegalStateException("extraction failed outside the pipeline: " + e.getCause(), e.getCause());
    }
  }
}
