package org.bitext.find;

import org.bitext.common.Span;

/**
 * An English original and the Chinese region that may render it, before the aligner checks and trims them.
 *
 * @param pattern how it was found
 * @param english the raw English as it stands (quotes, glosses and markers not yet trimmed)
 * @param englishSpan where the raw English is in the clean text, or {@link Span#NONE} when markup carried it
 * @param chinese the Chinese region: exactly the rendering when {@code boundaryFixed}, else a clause whose tail
 *     renders the English
 * @param boundaryFixed whether punctuation, quotation marks or markup fix the left boundary of {@code chinese}
 * @param sentenceStart where the sentence holding the English starts (a reporting clause before a quote starts
 *     there), or -1
 * @param quoteStart where the quotation holding or preceding the English opens, or -1
 * @param block the block of lines that correspond line by line, this pair's among them (a table row's Chinese
 *     cell), or {@link Span#NONE}: the lexicon's support for the block vouches for each of its lines
 */
public record Candidate(FindPattern pattern, String english, Span englishSpan, Span chinese,
    boolean boundaryFixed, int sentenceStart, int quoteStart, Span block) {

  /** A candidate of no block. */
  public Candidate(FindPattern pattern, String english, Span englishSpan, Span chinese, boolean boundaryFixed,
      int sentenceStart, int quoteStart) {
    this(pattern, english, englishSpan, chinese, boundaryFixed, sentenceStart, quoteStart, Span.NONE);
  }
}
