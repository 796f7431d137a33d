package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
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

  /** Whether progress is shown: as asked, or by the size of the input. */
  enum Choice {
    AUTO,
    SHOW,
    HIDE
  }

  private final Choice choice;
  private final boolean terminal;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  /** Empty until {@link #start} decides to show progress. */
  private Optional<ProgressBar> bar = Optional.empty();

  ProgressDisplay(Choice choice, boolean terminal, PrintWriter err) {
    this.choice = choice;
    this.terminal = terminal;
    this.err = err;
  }

  @Override
  public void start(long totalBytes) {
    boolean show = switch (choice) {
      case SHOW -> true;
      case HIDE -> false;
      case AUTO -> totalBytes >= AUTO_BYTES;
    };
    if (show) {
      bar = Optional.of(build(Math.max(1, totalBytes)));
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
    bar.ifPresent(shown -> {
      double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
      shown.stepTo(Math.min(bytes, shown.getMax()));
      shown.setExtraMessage(String.format(Locale.ROOT, " %,d pages (%,.0f/s), %,d pairs", pages, pages / seconds,
          pairs));
    });
  }

  @Override
  public void close() {
    bar.ifPresent(ProgressBar::close);
  }
}
