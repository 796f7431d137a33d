package org.bitext.run;

import java.nio.file.Path;
import java.util.List;
import org.bitext.source.InputFile;

/** One output of a run and the inputs written into it. */
record OutputTarget(Path path, List<InputFile> files) {
  OutputTarget {
    files = List.copyOf(files);
  }

  /** One output for all inputs, or one per input in the output folder, named after the input. */
  static List<OutputTarget> of(AlignOptions options, List<InputFile> files) {
    if (options.singleFile()) {
      return List.of(new OutputTarget(options.output(), files));
    }
    return files.stream()
        .map(file -> new OutputTarget(options.output().resolve(file.stem() + options.format().extension()),
            List.of(file)))
        .toList();
  }
}
