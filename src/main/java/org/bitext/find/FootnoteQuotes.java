package org.bitext.find;

import java.util.List;
import java.util.Optional;
import org.bitext.clean.CleanText;
import org.bitext.clean.FootnoteOriginal;
import org.bitext.clean.Line;
import org.bitext.clean.Reference;
import org.bitext.common.Brackets;
import org.bitext.common.Punctuation;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;
import org.bitext.segment.Sentence;

/**
 * 她说：「我们会赢。」<ref>原文：We will win.</ref>: the Chinese that a footnote's English original annotates. A
 * quotation closing right before the footnote is the rendering, its boundary fixed; without one, the sentence
 * before the footnote holds it and the aligner chooses where it starts.
 */
final class FootnoteQuotes {
  private final CleanText clean;
  private final List<Sentence> sentences;

  FootnoteQuotes(CleanText clean, List<Sentence> sentences) {
    this.clean = clean;
    this.sentences = sentences;
  }

  void find(List<Candidate> out) {
    for (Reference note : clean.originals()) {
      candidate(note).ifPresent(out::add);
    }
  }

  private Optional<Candidate> candidate(Reference note) {
    FootnoteOriginal original = note.original().orElseThrow();
    String text = clean.text();
    int lineStart = clean.lineAt(Math.max(0, note.anchor() - 1)).map(Line::start).orElse(0);
    int last = previousNonSpace(text, note.anchor(), lineStart);
    if (original.form() == FootnoteOriginal.Form.MARKED && last >= lineStart
        && isClosingPunctuation(text.charAt(last))) {
      last = previousNonSpace(text, last, lineStart);
    }
    if (last < lineStart) {
      return Optional.empty();
    }
    FindPattern pattern = original.form() == FootnoteOriginal.Form.MARKED
        ? FindPattern.FOOTNOTE_ORIGINAL
        : FindPattern.FOOTNOTE_GLOSS;
    int sentenceStart = sentenceStart(last);
    int start = sentenceStart < 0 ? lineStart : sentenceStart;
    if (Brackets.isQuoteCloser(text.charAt(last))) {
      int open = quoteOpener(text, last, lineStart);
      if (open >= 0) {
        return Optional.of(new Candidate(pattern, original.english(), Span.NONE, new Span(open + 1, last), true,
            Math.min(start, open), open));
      }
    }
    if (pattern == FindPattern.FOOTNOTE_GLOSS) {
      // A bare name glosses the term right before it: 萨克斯·格勒麦蒂克斯<ref>Saxo Grammaticus</ref>.
      return Han.isHan(text.charAt(last))
          ? Optional.of(new Candidate(pattern, original.english(), Span.NONE,
              new Span(clauseStart(text, last, start), last + 1), false, start, -1))
          : Optional.empty();
    }
    return Optional.of(new Candidate(pattern, original.english(), Span.NONE, new Span(start, last + 1), false,
        start, -1));
  }

  /** Where the clause ending at {@code last} starts: after the clause boundary or opener before it. */
  private static int clauseStart(String text, int last, int floor) {
    int i = last;
    while (i > floor && !Punctuation.endsClause(text.charAt(i - 1)) && !Brackets.isOpener(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** 。，；！？ or . , between a quotation and its footnote: 「我们会赢」。<ref>. */
  private static boolean isClosingPunctuation(char c) {
    return Punctuation.endsClause(c) || Punctuation.isLatinSentenceEnd(c);
  }

  private static int previousNonSpace(String text, int index, int floor) {
    int i = index - 1;
    while (i >= floor && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** The opener matching the quotation closer at {@code close}, on the same line, or -1. */
  private static int quoteOpener(String text, int close, int lineStart) {
    int depth = 0;
    for (int i = close - 1; i >= lineStart; i--) {
      char c = text.charAt(i);
      if (Brackets.isQuoteCloser(c)) {
        depth++;
      } else if (Brackets.isQuoteOpener(c)) {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** Where the sentence holding {@code offset} starts, or -1 when no sentence holds it. */
  private int sentenceStart(int offset) {
    int index = Sentence.indexHolding(sentences, offset);
    return index < 0 ? -1 : sentences.get(index).span().start();
  }
}
