package org.bitext.clean;

/**
 * A citation removed from the prose ({@code <ref>…</ref>} or a citation template), anchored where it stood.
 * Fields the citation does not give are empty strings.
 */
public record Reference(int anchor, String name, String url, String title, String date, String publisher) {
  Reference withFieldsOf(Reference definition) {
    return new Reference(anchor, name, definition.url, definition.title, definition.date, definition.publisher);
  }

  boolean isEmpty() {
    return url.isEmpty() && title.isEmpty();
  }
}
