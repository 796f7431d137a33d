package org.bitext.align;

/**
 * How the Chinese span of a pair was decided. Part of the evidence: a span fixed by quotation marks is surer than
 * one cut out of a clause by word segmentation.
 */
public enum SpanRule {
  /** The pattern fixed both ends (quotation marks, a marker, a table cell). */
  FIXED,
  /** 《title》 or 「quotation」 marks end at the parenthesis. */
  TITLE_MARKS,
  /** A link, interlanguage link or bold term ends at the parenthesis. */
  MARKUP,
  /** The clause before the parenthesis, taken whole. */
  CLAUSE,
  /** Clauses back from the parenthesis, chosen by their lexical and length fit. */
  CLAUSES_BY_FIT,
  /** Words after the last function word, found by word segmentation (and perhaps trimmed by the lexicon). */
  SEGMENTED,
  /** Nothing Chinese stands before the parenthesis. */
  NO_CHINESE;
}
