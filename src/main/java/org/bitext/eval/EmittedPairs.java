package org.bitext.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bitext.align.PairKind;
import org.bitext.corpus.TmxException;
import org.bitext.corpus.TmxReader;
import org.bitext.corpus.TmxUnit;
import org.bitext.find.FindPattern;

/** The pairs of bitext's TMX output, each with the name of the TMX file it is in. */
public final class EmittedPairs {
  private EmittedPairs() {}

  /** Reads a {@code .tmx} file, or every {@code .tmx} file in a folder. */
  public static List<EmittedPair> read(Path tmxOrFolder) throws IOException, TmxException {
    List<Path> files;
    if (Files.isDirectory(tmxOrFolder)) {
      try (Stream<Path> listing = Files.list(tmxOrFolder)) {
        files = listing.filter(path -> path.toString().endsWith(".tmx")).sorted().toList();
      }
    } else {
      files = List.of(tmxOrFolder);
    }
    TmxReader reader = new TmxReader();
    List<EmittedPair> pairs = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      List<TmxUnit> units = new ArrayList<>();
      reader.read(file, units::add);
      for (TmxUnit unit : units) {
        pairs.add(toPair(name, unit));
      }
    }
    return pairs;
  }

  private static EmittedPair toPair(String file, TmxUnit unit) throws TmxException {
    double score;
    try {
      score = Double.parseDouble(unit.property("x-score"));
    } catch (NumberFormatException e) {
      score = 1;
    }
    PairKind kind;
    try {
      kind = PairKind.valueOf(unit.property("x-kind").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TmxException(unit.line(), file + ": x-kind is \"" + unit.property("x-kind")
          + "\", not sentence or term: is this bitext's output?", e);
    }
    FindPattern pattern = FindPattern.ofLabel(unit.property("x-pattern")).orElseThrow(() -> new TmxException(
        unit.line(), file + ": x-pattern is \"" + unit.property("x-pattern") + "\", not one bitext writes", null));
    return new EmittedPair(file, kind, pattern, unit.text("zh").orElse(""), unit.text("en").orElse(""), score);
  }
}
