package org.bitext.find;

import java.util.List;
import java.util.Optional;
import org.bitext.clean.CleanText;
import org.bitext.clean.FootnoteOriginal;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
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
    if (original.form() == FootnoteOriginal.Form.MARKED) {
      Optional<Span> introduced = quotationIntroduced(note.anchor());
      if (introduced.isPresent()) {
        Span chinese = introduced.get();
        return Optional.of(new Candidate(FindPattern.FOOTNOTE_ORIGINAL, original.english(), Span.NONE, chinese, true,
            chinese.start(), -1));
      }
    }
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

  /**
   * 他解釋<ref>原文為"…"</ref>：{{cquote|據我們所知，…}}: a note on the word that introduces a quotation, before its
   * colon, annotates the quotation that follows, in quotation marks after the colon or as the block quotation on the
   * next line; its boundary is fixed.
   */
  private Optional<Span> quotationIntroduced(int anchor) {
    String text = clean.text();
    int colon = nextNonSpace(text, anchor);
    if (colon >= text.length() || (text.charAt(colon) != '：' && text.charAt(colon) != ':')) {
      return Optional.empty();
    }
    int after = nextNonSpace(text, colon + 1);
    Optional<Line> line = clean.lineAt(colon);
    if (after < text.length() && line.isPresent() && after < line.get().end()) {
      if (!Brackets.isQuoteOpener(text.charAt(after))) {
        return Optional.empty();
      }
      int close = Brackets.quoteCloser(text, after, line.get().end());
      return close < 0 ? Optional.empty() : Optional.of(new Span(after + 1, close));
    }
    return clean.lineAt(after).filter(next -> next.kind() == LineKind.INDENTED)
        .map(next -> withoutEnclosingQuotes(text, new Span(next.start(), next.end())))
        .filter(span -> Han.isMostlyChinese(text.substring(span.start(), span.end())));
  }

  private static int nextNonSpace(String text, int index) {
    int i = index;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Span withoutEnclosingQuotes(String text, Span span) {
    int start = nextNonSpace(text, span.start());
    int end = span.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean quoted = end - start >= 2 && Brackets.isQuoteOpener(text.charAt(start))
        && Brackets.quoteCloser(text, start, end) == end - 1;
    return quoted ? new Span(start + 1, end - 1) : new Span(start, end);
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
