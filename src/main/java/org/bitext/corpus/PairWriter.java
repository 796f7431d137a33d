package org.bitext.corpus;

import java.io.IOException;
import java.util.Map;
import org.bitext.align.Pair;

/**
 * Streams pairs into one output. Nothing is visible under the output's final name until {@link #commit()}; closing
 * without committing discards what was written and leaves any earlier file there untouched.
 */
public interface PairWriter extends AutoCloseable {
  void write(Pair pair) throws IOException;

  /**
   * Writes a pair with properties of its own ({@code x-bead} and the like, named without their {@code x-}); a format
   * without room for them writes the pair alone.
   */
  default void write(Pair pair, Map<String, String> properties) throws IOException {
    write(pair);
  }

  /** Finishes the output and moves it to its final name. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
