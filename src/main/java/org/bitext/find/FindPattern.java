package org.bitext.find;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a candidate was found; part of every pair's provenance ({@code x-pattern}) and of its score. */
public enum FindPattern {
  /** 「中文（English）」: the English in parentheses inside the quote it translates. */
  PAREN_IN_QUOTE,
  /** 「中文」（English）: the English in parentheses right after the quote. */
  PAREN_AFTER_QUOTE,
  /** 中文（English）: the English in parentheses after a clause or term, whose left boundary must be decided. */
  PAREN_AFTER_TEXT,
  /**
   * 「English」（中文）, English（中文）: the English first, its rendering in the parenthesis after it; or a line opening
   * with English that quotes its rendering after a dash ({@code ''English'' -「中文」}).
   */
  ENGLISH_FIRST,
  /** （英文原文：English）: a marker says the English is the original. */
  EXPLICIT_MARKER,
  /** {{le|中文|English}}: an interlanguage link names the English article. */
  INTERLANGUAGE_LINK,
  /** A line of Chinese next to a line of English: :『中文』 then :"English", or an English paragraph then Chinese. */
  BILINGUAL_BLOCK,
  /** 「中文」<ref>原文：English</ref>: the English original is given only in a footnote to the quote. */
  FOOTNOTE_ORIGINAL,
  /** 中文<ref>English Name</ref>: a footnote holding only an English name or title glosses the term before it. */
  FOOTNOTE_GLOSS,
  /** A table row with an English cell and a Chinese cell: line by line when their lines correspond. */
  TABLE_ROW,
  /** A table cell holding a Chinese line and an English line (中文<br>"English"). */
  TABLE_CELL,
  /**
   * A table row with an English cell and several Chinese cells like it (臺灣名稱 氫, 中國大陸名稱 氢 beside
   * hydrogen): each Chinese cell, kept when its column down the table renders the English column.
   */
  TABLE_COLUMN,
  /**
   * A run of English lines next to a run of Chinese ones (a song's stanzas in each language): line by line, or two
   * lines to one where the words say so, as the document aligner lines them up; kept when the dictionary vouches for
   * the run.
   */
  VERSE_BLOCKS,
  /** A bead of a document and its translation aligned sentence by sentence ({@code bitext align-docs}). */
  DOCUMENT_BEAD;

  /** The name written into outputs: {@code paren-in-quote}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The pattern an output names by its label, if any. */
  public static Optional<FindPattern> ofLabel(String label) {
    return Arrays.stream(values()).filter(pattern -> pattern.label().equals(label)).findFirst();
  }
}
