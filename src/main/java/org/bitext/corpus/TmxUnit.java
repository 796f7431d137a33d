package org.bitext.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A translation unit as read from a TMX file.
 *
 * @param tuid its id, or empty
 * @param properties its {@code prop} values by type, in file order
 * @param variants its {@code tuv}s in file order
 * @param line the line its {@code tu} starts on
 */
public record TmxUnit(String tuid, Map<String, String> properties, List<Variant> variants, int line) {
  /** One {@code tuv}: its language and the text of its segment, inline codes left out. */
  public record Variant(String language, String text) {}

  public TmxUnit {
    properties = Map.copyOf(properties);
    variants = List.copyOf(variants);
  }

  public String property(String type) {
    return properties.getOrDefault(type, "");
  }

  /** The text in the first variant whose language starts with {@code prefix} ({@code "en"}, {@code "zh"}). */
  public Optional<String> text(String prefix) {
    return variants.stream().filter(v -> v.language().regionMatches(true, 0, prefix, 0, prefix.length()))
        .map(Variant::text).findFirst();
  }
}
