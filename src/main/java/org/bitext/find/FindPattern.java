package org.bitext.find;

import java.util.Locale;

/** How a candidate was found; part of every pair's provenance ({@code x-pattern}) and of its score. */
public enum FindPattern {
  /** 「中文（English）」: the English in parentheses inside the quote it translates. */
  PAREN_IN_QUOTE,
  /** 「中文」（English）: the English in parentheses right after the quote. */
  PAREN_AFTER_QUOTE,
  /** 中文（English）: the English in parentheses after a clause or term, whose left boundary must be decided. */
  PAREN_AFTER_TEXT,
  /** （英文原文：English）: a marker says the English is the original. */
  EXPLICIT_MARKER,
  /** {{le|中文|English}}: an interlanguage link names the English article. */
  INTERLANGUAGE_LINK,
  /** A line of Chinese next to a line of English: :『中文』 then :"English", or an English paragraph then Chinese. */
  BILINGUAL_BLOCK;

  /** The name written into outputs: {@code paren-in-quote}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
