package org.bitext.find;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.common.Brackets;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A line in two halves, English and its Chinese rendering, parted by a dash or a colon, as lists of a film's lines
 * and of sayings set them out, in either order:
 * {@code ''Louis, I think this is the beginning of a beautiful friendship.'' -「路易，我覺得這是一段美好友誼的開始。」-锐克},
 * {@code 「路易，…」 - ''Louis, …''}, {@code ''Frankly, my dear, I don't give a damn.''：坦白说，…}. A quoted half is
 * the quotation; an unquoted Chinese half is taken only after an English sentence and a colon, since after a name it
 * is as likely a description (Apple Inc. – 美国科技公司) as a rendering, and after a dash who said it (-伊丽莎). A
 * short introduction may stand before a quoted Chinese half (锐克的祝酒词：「…」); what follows the second half (its
 * speaker) is left alone.
 */
final class LineHalves {
  private static final Set<LineKind> KINDS = Set.of(LineKind.LIST_ITEM, LineKind.PARAGRAPH, LineKind.INDENTED);
  /** What parts the halves: dashes and colons, with white space around them. */
  private static final String SEPARATORS = "-–—－:：";
  /** An English half needs this many words to be a statement or title, not a name heading a list entry. */
  private static final int FEWEST_WORDS = 2;
  /** Fewer words ending in a full stop are more likely an abbreviated name (Apple Inc.) than a sentence. */
  private static final int FEWEST_SENTENCE_WORDS = 3;

  private final CleanText clean;
  private final String text;

  LineHalves(CleanText clean) {
    this.clean = clean;
    this.text = clean.text();
  }

  void find(List<Candidate> out) {
    for (Line line : clean.lines()) {
      if (KINDS.contains(line.kind())) {
        halves(line).ifPresent(out::add);
      }
    }
  }

  private Optional<Candidate> halves(Line line) {
    int start = skipSpace(line.start(), line.end());
    if (start >= line.end()) {
      return Optional.empty();
    }
    boolean quoted = Brackets.isQuoteOpener(text.charAt(start));
    Span first = quoted ? quotation(start, line.end()) : englishBefore(start, line.end());
    if (first.isNone()) {
      return Optional.empty();
    }
    int second = afterSeparators(quoted ? first.end() + 1 : first.end(), line.end());
    if (second < 0) {
      return Optional.empty();
    }
    String firstText = text.substring(first.start(), first.end());
    if (Han.count(firstText) == 0) {
      Span english = quoted ? englishRun(first.start(), first.end()) : first;
      int open = quoteOpenerAfter(second, line.end());
      Span chinese = open >= 0 ? quotation(open, line.end())
          : partedByColon(first.end(), second) ? unquotedChinese(first, second, line.end()) : Span.NONE;
      return english.isNone() ? Optional.empty() : candidate(english, chinese, open >= 0 ? open : -1);
    }
    int firstHan = firstHan(second, line.end());
    Span english = englishRun(second, firstHan < 0 ? line.end() : firstHan);
    return quoted && !english.isNone() ? candidate(english, first, start) : Optional.empty();
  }

  /** The English a line opens with, up to its first Han character or quotation mark, or {@link Span#NONE}. */
  private Span englishBefore(int start, int end) {
    int stop = firstHanOrQuote(start, end);
    return stop < 0 ? Span.NONE : englishRun(start, stop);
  }

  private Optional<Candidate> candidate(Span english, Span chinese, int quoteOpen) {
    if (chinese.isNone() || !Han.isMostlyChinese(text.substring(chinese.start(), chinese.end()))) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(FindPattern.ENGLISH_FIRST, text.substring(english.start(), english.end()),
        english, chinese, true, Math.min(english.start(), chinese.start()), quoteOpen));
  }

  /** The unquoted Chinese up to the next dash (a speaker after it) or the line's end, after an English sentence. */
  private Span unquotedChinese(Span english, int start, int lineEnd) {
    if (!endsAsSentence(english)) {
      return Span.NONE;
    }
    int end = start;
    while (end < lineEnd && "-–—－".indexOf(text.charAt(end)) < 0 && !Brackets.isQuoteOpener(text.charAt(end))) {
      end++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > start ? new Span(start, end) : Span.NONE;
  }

  /** A colon between the halves: after a dash, unquoted Chinese is mostly who said it (-伊丽莎), not a rendering. */
  private boolean partedByColon(int start, int end) {
    return text.substring(start, end).chars().anyMatch(c -> c == ':' || c == '：');
  }

  private boolean endsAsSentence(Span english) {
    if (text.substring(english.start(), english.end()).strip().split("\\s+").length < FEWEST_SENTENCE_WORDS) {
      return false;
    }
    char last = text.charAt(english.end() - 1);
    return ".!?…".indexOf(last) >= 0
        || english.length() >= 2 && ".!?".indexOf(text.charAt(english.end() - 2)) >= 0 && "'\"’”".indexOf(last) >= 0;
  }

  private int firstHanOrQuote(int start, int end) {
    for (int i = start; i < end; i++) {
      if (Han.isHan(text.charAt(i)) || Brackets.isQuoteOpener(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private int firstHan(int start, int end) {
    for (int i = start; i < end; i++) {
      if (Han.isHan(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The English in {@code [start, end)}, less the white space and separators around it, or {@link Span#NONE} when it
   * is not words.
   */
  private Span englishRun(int start, int end) {
    int first = start;
    while (first < end && !Latin.isLetter(text.charAt(first)) && !Character.isDigit(text.charAt(first))
        && text.charAt(first) != '"') {
      first++;
    }
    boolean opened = first > start && Brackets.isQuoteOpener(text.charAt(first - 1));
    int last = end;
    while (last > first && (isSeparatorOrSpace(text.charAt(last - 1))
        || opened && Brackets.isQuoteCloser(text.charAt(last - 1)))) {
      last--;
    }
    String english = text.substring(first, last);
    return english.strip().split("\\s+").length >= FEWEST_WORDS && Latin.count(english) >= 2
        && Han.count(english) == 0 ? new Span(first, last) : Span.NONE;
  }

  /** Where the second half starts: after white space and at least one separator from {@code start}, or -1. */
  private int afterSeparators(int start, int end) {
    int i = start;
    boolean separator = false;
    while (i < end && isSeparatorOrSpace(text.charAt(i))) {
      separator |= SEPARATORS.indexOf(text.charAt(i)) >= 0;
      i++;
    }
    return separator && i < end ? i : -1;
  }

  private int skipSpace(int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparatorOrSpace(char c) {
    return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
  }

  /**
   * The quotation opener that starts the Chinese half at {@code start}: there, or after a short introduction ending
   * in a colon (锐克的祝酒词：「…」); -1 when there is none.
   */
  private int quoteOpenerAfter(int start, int lineEnd) {
    if (Brackets.isQuoteOpener(text.charAt(start))) {
      return start;
    }
    int limit = Math.min(lineEnd, start + BilingualLines.LONGEST_INTRODUCTION);
    for (int i = start; i + 1 < limit; i++) {
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

  /** The content of the quotation opening at {@code open}, quotations inside counted, or {@link Span#NONE}. */
  private Span quotation(int open, int lineEnd) {
    int close = Brackets.quoteCloser(text, open, lineEnd);
    return close < 0 ? Span.NONE : new Span(open + 1, close);
  }

}
