package org.bitext.run;

import java.nio.file.Path;

/**
 * A Chinese document and its English translation.
 *
 * @param name what outputs are named after ({@code x} for {@code x.zh.txt} and {@code x.en.txt})
 */
public record DocumentPair(String name, Path chinese, Path english) {
  /** {@code x} for {@code dir/x.zh.txt}; {@code x} for {@code dir/x.txt}. */
  public static String nameOf(Path chinese) {
    String file = chinese.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    return stem.endsWith(".zh") ? stem.substring(0, stem.length() - 3) : stem;
  }
}
