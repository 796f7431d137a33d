package org.bitext.corpus;

import java.io.IOException;
import org.bitext.align.Pair;

/**
 * Streams pairs into one output. Nothing is visible under the output's final name until {@link #commit()}; closing
 * without committing discards what was written and leaves any earlier file there untouched.
 */
public interface PairWriter extends AutoCloseable {
  void write(Pair pair) throws IOException;

  /** Finishes the output and moves it to its final name. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
