package org.bitext.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bitext.common.Digest;
import org.bitext.common.Version;
import org.bitext.source.InputFile;
import org.bitext.source.MultistreamDump;

/**
 * What makes a stopped run's journal usable by this one: the same bitext, output, format, filter and tags, and the
 * same inputs, unchanged, read the same way. The number of threads may differ: it does not change the output.
 */
final class RunKey {
  private RunKey() {}

  /**
   * The key of writing {@code files} into {@code target}.
   *
   * @param indexOf the multistream index each file is read through, if any
   */
  static String of(AlignOptions options, Path target, List<InputFile> files,
      Function<InputFile, Optional<Path>> indexOf) throws IOException {
    // The chunk size fixes what a unit of work is, so a journal from a build that cut dumps otherwise is not used.
    StringBuilder key = new StringBuilder(Version.CURRENT).append(" chunks of ").append(MultistreamDump.CHUNK_BYTES)
        .append('\n').append(target.toAbsolutePath())
        .append('\n').append(options.format()).append('\n').append(options.filter()).append('\n')
        .append(options.tmx()).append('\n').append(options.layout());
    for (InputFile file : files) {
      key.append('\n').append(file.path().toAbsolutePath()).append(' ').append(Files.size(file.path()))
          .append(' ').append(Files.getLastModifiedTime(file.path()).toMillis()).append(' ')
          .append(indexOf.apply(file).map(Path::toAbsolutePath));
    }
    return Digest.hex(key.toString());
  }
}
