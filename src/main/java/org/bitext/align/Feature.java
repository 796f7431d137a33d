package org.bitext.align;

import java.util.Locale;
import org.bitext.find.FindPattern;

/**
 * One measurement the score is learned from. Each has a label, which names its weight in the model file and its
 * line in {@code bitext inspect}. Indicators are 0 or 1; shares are in [0, 1]; sizes are logarithms.
 */
public enum Feature {
  /** Always 1: the model's intercept. */
  BIAS,
  PATTERN_PAREN_IN_QUOTE,
  PATTERN_PAREN_AFTER_QUOTE,
  PATTERN_PAREN_AFTER_TEXT,
  PATTERN_ENGLISH_FIRST,
  PATTERN_EXPLICIT_MARKER,
  PATTERN_INTERLANGUAGE_LINK,
  PATTERN_BILINGUAL_BLOCK,
  PATTERN_FOOTNOTE_ORIGINAL,
  PATTERN_FOOTNOTE_GLOSS,
  PATTERN_TABLE_ROW,
  PATTERN_TABLE_CELL,
  PATTERN_TABLE_COLUMN,
  PATTERN_VERSE_BLOCKS,
  SPAN_FIXED,
  SPAN_TITLE_MARKS,
  SPAN_MARKUP,
  SPAN_CLAUSE,
  SPAN_CLAUSES_BY_FIT,
  SPAN_SEGMENTED,
  SPAN_NO_CHINESE,
  /** The pair is a statement, not a term. */
  SENTENCE,
  /** Share of the English content words the Chinese accounts for (CC-CEDICT glosses, transliterated names). */
  ENGLISH_COVERAGE,
  /** Share of the Chinese characters that account for an English word. */
  HAN_COVERAGE,
  /**
   * Share of the English content words that the dictionary knows as common words and the Chinese does not render
   * (Corporation beside 英伟达): a name is never glossed, a common word left out says the sides differ.
   */
  ENGLISH_UNRENDERED,
  /** The English has no content word to look up ("To be, or not to be"). */
  NO_CONTENT_WORDS,
  /** How near the length ratio is to that of real pairs, in (0, 1]. */
  LENGTH_FIT,
  /** Share of the English's numbers the Chinese states too; 0 when the English has none. */
  NUMBERS_AGREE,
  /** Share of the English's numbers the Chinese does not state. */
  NUMBERS_DISAGREE,
  /** ln(1 + English words). */
  ENGLISH_WORDS,
  /** ln(1 + Han characters). */
  HAN_CHARACTERS,
  /** Share of English words that begin with a capital: names and titles. */
  CAPITALISED,
  /** The English is in capitals (OCCUPY WALL STREET). */
  ALL_CAPITALS,
  /** The English ends as a sentence does (. ! ?). */
  SENTENCE_END,
  /** The Chinese span holds Latin letters. */
  LATIN_IN_CHINESE,
  /** A reporting clause names a speaker. */
  SPEAKER,
  /** A citation with a URL follows. */
  CITED,
  /** Other candidates in the same sentence, up to 3, over 3. */
  COMPETITORS,
  /** The dictionary accounts for at least half of each side. */
  LINE_SUPPORTED,
  /** Share of the lines of this pair's block that the dictionary supports so; 0 outside blocks. */
  BLOCK_SUPPORT,
  /** The dictionary confirms that the lines of this pair's block correspond in order ({@code LineOrder}). */
  BLOCK_IN_ORDER,
  /** The English came with its own acronym: a term being defined (World Health Organization, WHO). */
  ACRONYM_GIVEN;

  /** The label in the model file and in {@code inspect}: {@code english-coverage}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Feature of(FindPattern pattern) {
    return switch (pattern) {
      case PAREN_IN_QUOTE -> PATTERN_PAREN_IN_QUOTE;
      case PAREN_AFTER_QUOTE -> PATTERN_PAREN_AFTER_QUOTE;
      case PAREN_AFTER_TEXT -> PATTERN_PAREN_AFTER_TEXT;
      case ENGLISH_FIRST -> PATTERN_ENGLISH_FIRST;
      case EXPLICIT_MARKER -> PATTERN_EXPLICIT_MARKER;
      case INTERLANGUAGE_LINK -> PATTERN_INTERLANGUAGE_LINK;
      case BILINGUAL_BLOCK -> PATTERN_BILINGUAL_BLOCK;
      case FOOTNOTE_ORIGINAL -> PATTERN_FOOTNOTE_ORIGINAL;
      case FOOTNOTE_GLOSS -> PATTERN_FOOTNOTE_GLOSS;
      case TABLE_ROW -> PATTERN_TABLE_ROW;
      case TABLE_CELL -> PATTERN_TABLE_CELL;
      case TABLE_COLUMN -> PATTERN_TABLE_COLUMN;
      case VERSE_BLOCKS -> PATTERN_VERSE_BLOCKS;
      case DOCUMENT_BEAD -> throw new IllegalArgumentException("a document bead is scored by align-docs, not here");
    };
  }

  static Feature of(SpanRule rule) {
    return switch (rule) {
      case FIXED -> SPAN_FIXED;
      case TITLE_MARKS -> SPAN_TITLE_MARKS;
      case MARKUP -> SPAN_MARKUP;
      case CLAUSE -> SPAN_CLAUSE;
      case CLAUSES_BY_FIT -> SPAN_CLAUSES_BY_FIT;
      case SEGMENTED -> SPAN_SEGMENTED;
      case NO_CHINESE -> SPAN_NO_CHINESE;
    };
  }
}
