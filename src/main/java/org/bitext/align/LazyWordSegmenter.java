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
