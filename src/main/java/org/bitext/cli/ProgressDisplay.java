package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bitext.RunProgress;

/**
 * Shows a run's progress with the progressbar library: a bar on stderr when it is a terminal (MB read, MB/s, ETA,
 * pages/s, pairs), and the same figures as a log line every ten seconds when it is not.
 */
final class ProgressDisplay implements RunProgress {
  private static final int LOG_INTERVAL_MILLIS = 10_000;

  private final ProgressBar bar;
  private final long started = System.nanoTime();

  ProgressDisplay(long totalBytes, boolean terminal, PrintWriter err) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("bitext").setInitialMax(totalBytes)
        .setUnit("MB", 1 << 20).showSpeed();
    if (!terminal) {
      builder.setStyle(ProgressBarStyle.ASCII).setConsumer(new DelegatingProgressBarConsumer(line -> {
        err.println(line);
        err.flush();
      }, 120)).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
    }
    bar = builder.build();
  }

  @Override
  public void update(long bytes, long pages, long pairs) {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    bar.stepTo(Math.min(bytes, bar.getMax()));
    bar.setExtraMessage(String.format(Locale.ROOT, " %,d pages (%,.0f/s), %,d pairs", pages, pages / seconds,
        pairs));
  }

  @Override
  public void close() {
    bar.close();
  }
}
