package org.bitext.corpus;

import java.nio.file.Path;
import java.util.List;

/** The TMX checks (DTD, Okapi) for tests in other packages. */
public final class TmxChecks {
  private TmxChecks() {}

  public static List<String> dtdErrors(Path tmx) throws Exception {
    return TmxDtd.errors(tmx);
  }

  public static List<String> okapiUnits(Path tmx, String sourceTag, String targetTag) {
    return OkapiTmx.read(tmx, sourceTag, targetTag).stream().map(unit -> unit.source() + " → " + unit.target())
        .toList();
  }
}
