package org.bitext.clean;

import java.util.Arrays;
import java.util.stream.IntStream;

/** For each char of a clean text, its offset in the source text. Immutable; equal when the offsets are. */
public final class SourceOffsets {
  private final int[] offsets;

  /** Takes {@code offsets} as they are: the caller hands them over and keeps no reference. */
  SourceOffsets(int[] offsets) {
    this.offsets = offsets;
  }

  public int length() {
    return offsets.length;
  }

  /** Offset in the source of the clean char at {@code index}; {@code length()} maps past the last char. */
  public int of(int index) {
    if (index < offsets.length) {
      return offsets[index];
    }
    return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
  }

  public IntStream stream() {
    return Arrays.stream(offsets);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceOffsets that && Arrays.equals(offsets, that.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "SourceOffsets" + Arrays.toString(offsets);
  }
}
