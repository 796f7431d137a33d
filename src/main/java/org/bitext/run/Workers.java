package org.bitext.run;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The threads that extract articles: a pool, or, for one thread, the thread that reads (no hand-off at all). */
final class Workers {
  private Workers() {}

  static ExecutorService of(int threads) {
    return threads > 1 ? Executors.newFixedThreadPool(threads, Workers::daemon) : new CallingThread();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bitext-extract");
    thread.setDaemon(true);
    return thread;
  }

  /** Runs each task at once on the thread that submits it, so its future is done when {@code submit} returns. */
  private static final class CallingThread extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
      task.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
