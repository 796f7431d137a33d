package org.bitext.clean;

import java.util.Optional;

/**
 * A citation or note removed from the prose ({@code <ref>…</ref>}, a citation template, {@code {{efn|…}}}),
 * anchored where it stood. Fields it does not give are empty strings.
 *
 * @param original the English original the footnote gives for the prose before it, if any
 */
public record Reference(int anchor, String name, String url, String title, String date, String publisher,
    Optional<FootnoteOriginal> original) {
  Reference withFieldsOf(Reference definition) {
    return new Reference(anchor, name, definition.url, definition.title, definition.date, definition.publisher,
        original);
  }

  boolean isEmpty() {
    return url.isEmpty() && title.isEmpty();
  }
}
