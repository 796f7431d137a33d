package org.bitext.align;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the real segmenter on first use only: most articles never need one, and CoreNLP's model takes seconds
 * and gigabytes to load.
 */
public final class LazyWordSegmenter implements WordSegmenter {
  private final Supplier<? extends WordSegmenter> factory;
  private volatile WordSegmenter delegate;

  public LazyWordSegmenter(Supplier<? extends WordSegmenter> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public List<String> segment(String chinese) {
    return loaded().segment(chinese);
  }

  /**
   * Starts the load on a thread of its own, for work sure to need the segmenter (a whole dump): the first call then
   * finds it loaded, or waits less, where otherwise every thread that needs it would wait the whole load. A load
   * that fails here is left to the first call, which tries again and reports it.
   */
  public void loadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        loaded();
      } catch (RuntimeException e) {
        // Reported by the first call, which loads again.
      }
    }, "bitext-segmenter-load");
    loader.setDaemon(true);
    loader.start();
  }

  public boolean isLoaded() {
    return delegate != null;
  }

  private WordSegmenter loaded() {
    WordSegmenter current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = Objects.requireNonNull(factory.get(), "segmenter factory returned null");
          delegate = current;
        }
      }
    }
    return current;
  }
}
