package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bitext.run.RunProgress;

/**
 * Shows a run's progress with the progressbar library: a bar on stderr when it is a terminal (MB read, MB/s, ETA,
 * pages/s, pairs), and the same figures as a log line every ten seconds when it is not. Unless told to show or
 * hide it, it shows only for inputs of {@link #AUTO_BYTES} or more, which take long enough to want it.
 */
final class ProgressDisplay implements RunProgress {
  static final long AUTO_BYTES = 16L << 20;
  private static final int LOG_INTERVAL_MILLIS = 10_000;

  private final Boolean show;
  private final boolean terminal;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  /** Null until {@link #start} decides to show progress. */
  private ProgressBar bar;

  /** {@code show} null decides by the size of the input. */
  ProgressDisplay(Boolean show, boolean terminal, PrintWriter err) {
    this.show = show;
    this.terminal = terminal;
    this.err = err;
  }

  @Override
  public void start(long totalBytes) {
    if (show != null ? show : totalBytes >= AUTO_BYTES) {
      bar = build(Math.max(1, totalBytes));
    }
  }

  private ProgressBar build(long totalBytes) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("bitext").setInitialMax(totalBytes)
        .setUnit("MB", 1 << 20).showSpeed();
    if (!terminal) {
      builder.setStyle(ProgressBarStyle.ASCII).setConsumer(new DelegatingProgressBarConsumer(line -> {
        err.println(line);
        err.flush();
      }, 120)).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
    }
    return builder.build();
  }

  @Override
  public void update(long bytes, long pages, long pairs) {
    if (bar == null) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    bar.stepTo(Math.min(bytes, bar.getMax()));
    bar.setExtraMessage(String.format(Locale.ROOT, " %,d pages (%,.0f/s), %,d pairs", pages, pages / seconds,
        pairs));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
