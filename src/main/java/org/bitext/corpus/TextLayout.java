package org.bitext.corpus;

import java.util.Objects;

/**
 * How the plain-text formats lay their pairs out, for the pipelines that expect another layout than bitext's.
 *
 * @param mosesNames how the two Moses files are named
 * @param tsvColumns which columns the TSV has, in which order
 */
public record TextLayout(MosesNames mosesNames, TsvColumns tsvColumns) {
  public TextLayout {
    Objects.requireNonNull(mosesNames, "mosesNames");
    Objects.requireNonNull(tsvColumns, "tsvColumns");
  }

  public static TextLayout defaults() {
    return new TextLayout(MosesNames.BITEXT, TsvColumns.BITEXT);
  }

  /** The names of the two Moses files of {@code NAME.moses}. */
  public enum MosesNames {
    /** {@code NAME.en} and {@code NAME.zh}. */
    BITEXT,
    /** {@code NAME.en-zh.en} and {@code NAME.en-zh.zh}, as OPUS names its Moses downloads. */
    OPUS;

    String suffix(String language) {
      return this == OPUS ? ".en-zh." + language : "." + language;
    }
  }

  /** The TSV's columns. */
  public enum TsvColumns {
    /** A header, then score, kind, en, zh, article, section, url, speaker, pattern. */
    BITEXT,
    /**
     * No header; en, zh, then kind, article, section, url, speaker, pattern, and the score last, as bicleaner
     * appends its score to the columns it was given.
     */
    BICLEANER
  }
}
