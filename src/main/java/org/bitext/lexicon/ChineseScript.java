package org.bitext.lexicon;

/** Which script Chinese text is written in, as far as its characters tell. */
public enum ChineseScript {
  SIMPLIFIED,
  TRADITIONAL,
  /** No character that differs between the scripts, or as many of each. */
  UNKNOWN
}
