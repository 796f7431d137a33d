package org.bitext.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omegat.util.Language;
import org.omegat.util.TMXReader2;

/** Reads a TMX file with OmegaT's own reader, which silently drops what it cannot parse. */
final class OmegatTmx {
  /** A unit as OmegaT read it: the source and target texts for the languages asked for, and the kind property. */
  record Unit(String source, String target, String kind) {}

  private OmegatTmx() {}

  static List<Unit> read(Path tmx, String sourceTag, String targetTag) throws Exception {
    List<Unit> units = new ArrayList<>();
    new TMXReader2().readTMX(tmx.toFile(), new Language(sourceTag), new Language(targetTag), false, false, false,
        false, (tu, source, target, paragraph) -> {
          String kind = tu.props.stream().filter(p -> p.getType().equals("x-kind")).map(p -> p.getValue())
              .findFirst().orElse("");
          units.add(new Unit(source == null ? null : source.text, target == null ? null : target.text, kind));
          return true;
        });
    return units;
  }
}
