package org.bitext.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills a reused citation ({@code <ref name="tass"/>}) from its definition, which may come before or after it. */
final class NamedReferences {
  private NamedReferences() {}

  static List<Reference> resolve(List<Reference> references) {
    Map<String, Reference> definitions = new HashMap<>();
    for (Reference reference : references) {
      if (!reference.name().isEmpty() && !reference.isEmpty()) {
        definitions.putIfAbsent(reference.name(), reference);
      }
    }
    List<Reference> resolved = new ArrayList<>(references.size());
    for (Reference reference : references) {
      Reference definition = definitions.get(reference.name());
      resolved.add(reference.isEmpty() && definition != null ? reference.withFieldsOf(definition) : reference);
    }
    return resolved;
  }
}
