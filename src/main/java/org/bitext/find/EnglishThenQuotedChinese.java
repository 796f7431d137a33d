package org.bitext.find;

import java.util.List;
import java.util.Set;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.common.Brackets;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A line that opens with English and quotes its rendering after it, as lists of a film's lines do:
 * {@code ''Louis, I think this is the beginning of a beautiful friendship.'' -「路易，我覺得這是一段美好友誼的開始。」-锐克}.
 * Between the two stand only a dash or colon and at most a short Chinese introduction (锐克的祝酒词：); what
 * follows the quotation (its speaker) is left alone.
 */
final class EnglishThenQuotedChinese {
  private static final Set<LineKind> KINDS = Set.of(LineKind.LIST_ITEM, LineKind.PARAGRAPH, LineKind.INDENTED);
  /** What may part the English from the quotation: white space, dashes, a colon. */
  private static final String SEPARATORS = "-–—－:：";
  /** An English line needs this many words to be a statement, not a name heading a list entry. */
  private static final int FEWEST_WORDS = 2;

  private final CleanText clean;
  private final String text;

  EnglishThenQuotedChinese(CleanText clean) {
    this.clean = clean;
    this.text = clean.text();
  }

  void find(List<Candidate> out) {
    for (Line line : clean.lines()) {
      if (KINDS.contains(line.kind())) {
        find(line, out);
      }
    }
  }

  private void find(Line line, List<Candidate> out) {
    int firstHan = firstHanOrQuote(line);
    if (firstHan < 0) {
      return;
    }
    Span english = englishBefore(line.start(), firstHan);
    int open = quoteOpenerAfter(english.end(), firstHan, line.end());
    if (english.isNone() || open < 0) {
      return;
    }
    int close = closerOf(open, line.end());
    if (close < 0) {
      return;
    }
    Span chinese = new Span(open + 1, close);
    if (Han.isMostlyChinese(text.substring(chinese.start(), chinese.end()))) {
      out.add(new Candidate(FindPattern.ENGLISH_FIRST, text.substring(english.start(), english.end()), english,
          chinese, true, line.start(), open));
    }
  }

  /** The first Han character or quotation mark of the line, or -1. */
  private int firstHanOrQuote(Line line) {
    for (int i = line.start(); i < line.end(); i++) {
      char c = text.charAt(i);
      if (Han.isHan(c) || Brackets.isQuoteOpener(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The English the line opens with, up to the separators before {@code end}, or {@link Span#NONE}. */
  private Span englishBefore(int start, int end) {
    int last = end;
    while (last > start && (Character.isWhitespace(text.charAt(last - 1))
        || SEPARATORS.indexOf(text.charAt(last - 1)) >= 0)) {
      last--;
    }
    int first = start;
    while (first < last && !Latin.isLetter(text.charAt(first)) && !Character.isDigit(text.charAt(first))) {
      first++;
    }
    String english = text.substring(first, last);
    boolean parted = last < end;
    return parted && english.strip().split("\\s+").length >= FEWEST_WORDS && Latin.count(english) >= 2
        ? new Span(first, last)
        : Span.NONE;
  }

  /**
   * The quotation opener that starts the Chinese: at {@code firstHan} itself, or after a short introduction ending
   * in a colon (锐克的祝酒词：「…」); -1 when the line goes on otherwise.
   */
  private int quoteOpenerAfter(int englishEnd, int firstHan, int lineEnd) {
    if (Brackets.isQuoteOpener(text.charAt(firstHan))) {
      return firstHan;
    }
    int limit = Math.min(lineEnd, firstHan + BilingualLines.LONGEST_INTRODUCTION);
    for (int i = firstHan; i + 1 < limit; i++) {
      char c = text.charAt(i);
      if (c == '：' || c == ':') {
        return Brackets.isQuoteOpener(text.charAt(i + 1)) ? i + 1 : -1;
      }
      if (!Han.isHan(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** The closer matching the opener at {@code open} on the line, quotations inside counted, or -1. */
  private int closerOf(int open, int lineEnd) {
    int depth = 0;
    for (int i = open; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (Brackets.isQuoteOpener(c)) {
        depth++;
      } else if (Brackets.isQuoteCloser(c) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
