package org.bitext.clean;

/** What a line of clean text was in the source; list items and headings bound clauses and sections. */
public enum LineKind {
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  /** An indented ({@code :}) or block-quoted ({@code >}) line. */
  INDENTED,
  /** A line of a table cell ({@code <br>} breaks a cell into lines). */
  TABLE_CELL,
  CODE
}
