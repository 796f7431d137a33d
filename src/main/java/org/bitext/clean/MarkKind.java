package org.bitext.clean;

/** What the markup said about a span of clean text. */
public enum MarkKind {
  /** The display text of an internal link; the mark's value is the link target. */
  LINK,
  /** Bold text: in a lead, the article's own term, so a boundary as firm as a link's. */
  BOLD,
  /** Text the markup declares English ({@code {{lang-en|…}}}, {@code {{lang|en|…}}}). */
  ENGLISH,
  /** Text the markup declares to be in another language; the value is its language code. */
  FOREIGN,
  /** Chinese display text of an interlanguage link ({@code {{le|中文|English}}}); the value is the English title. */
  INTERLANGUAGE,
  /** A block quotation ({@code {{Cquote|…}}} opening a line): its lines are one quotation. */
  BLOCK_QUOTATION
}
