package org.bitext.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

/** Reads a TMX file with Okapi's TMX filter, as CAT tools built on Okapi do. */
final class OkapiTmx {
  /** A unit as Okapi read it. */
  record Unit(String source, String target) {}

  private OkapiTmx() {}

  /** The value of each unit's source-side property {@code name}, as Okapi read it, or null where it has none. */
  static List<String> sourceProperty(Path tmx, String sourceTag, String targetTag, String name) {
    List<String> values = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter();
        RawDocument document = new RawDocument(tmx.toUri(), "UTF-8", LocaleId.fromString(sourceTag),
            LocaleId.fromString(targetTag))) {
      filter.open(document);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          var property = event.getTextUnit().getSource().getProperty(name);
          values.add(property == null ? null : property.getValue());
        }
      }
    }
    return values;
  }

  static List<Unit> read(Path tmx, String sourceTag, String targetTag) {
    LocaleId target = LocaleId.fromString(targetTag);
    List<Unit> units = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter();
        RawDocument document = new RawDocument(tmx.toUri(), "UTF-8", LocaleId.fromString(sourceTag), target)) {
      filter.open(document);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          ITextUnit unit = event.getTextUnit();
          String translated = unit.hasTarget(target) ? unit.getTarget(target).toString() : null;
          units.add(new Unit(unit.getSource().toString(), translated));
        }
      }
    }
    return units;
  }
}
