package org.bitext.find;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.clean.CleanText;
import org.bitext.clean.Mark;
import org.bitext.clean.MarkKind;
import org.bitext.common.Brackets;
import org.bitext.common.Latin;
import org.bitext.common.ArticleTitles;
import org.bitext.common.Punctuation;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;
import org.bitext.segment.Sentence;

/**
 * Finds English originals beside Chinese text: parenthesised English inside or after a quotation, after a clause
 * or term, or after an explicit marker; interlanguage links; bilingual lines and table rows; and originals given in
 * a footnote. Each sentence is scanned once, tracking open quotations so that several pairs inside one quote each
 * get their own Chinese span.
 */
public final class CandidateFinder {
  /** Parenthesised text longer than this is not an embedded original (and bounds the bracket matching). */
  private static final int MAX_PARENTHESIS = 2000;
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*(?:[^（）()：:，,]{0,16}[，,]\\s*)?(?:英文原文|英語原文|英文原句|英文原話|英文原话|原文)(?:為|为|是)?\\s*[：:]\\s*");

  private final LineUp verseLineUp;

  /**
   * @param verseLineUp lines up a run of English verse with the run of Chinese beside it, and the sentences of a
   *     quotation given in both languages
   */
  public CandidateFinder(LineUp verseLineUp) {
    this.verseLineUp = verseLineUp;
  }

  public List<Candidate> find(CleanText clean, List<Sentence> sentences) {
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence sentence : sentences) {
      new SentenceScan(clean.text(), sentence.span(), candidates).run();
    }
    // A table's columns are blocks to table cells and to rows alike: measured once.
    TableColumns columns = new TableColumns(clean.cells());
    new BilingualLines(clean, columns).find(clean.lines(), candidates);
    new LineHalves(clean).find(candidates);
    new FootnoteQuotes(clean, sentences).find(candidates);
    new TableRows(clean, columns).find(candidates);
    new VerseBlocks(clean, verseLineUp).find(candidates);
    for (Mark mark : clean.marks()) {
      if (mark.kind() == MarkKind.INTERLANGUAGE && !mark.value().isBlank()) {
        Span shown = ArticleTitles.chinese(clean.text(), new Span(mark.start(), mark.end()));
        candidates.add(new Candidate(FindPattern.INTERLANGUAGE_LINK, ArticleTitles.english(mark.value()),
            Span.NONE, shown, true, -1, -1));
      }
    }
    return new SentenceBySentence(clean.text(), verseLineUp).split(candidates);
  }

  private static final class OpenQuote {
    final int open;
    int pairEnd;

    OpenQuote(int open) {
      this.open = open;
      this.pairEnd = open + 1;
    }
  }

  private static final class SentenceScan {
    private final String text;
    private final Span sentence;
    private final List<Candidate> out;
    private final Deque<OpenQuote> quotes = new ArrayDeque<>();
    private int clauseStart;
    private int lastQuoteOpen = -1;
    private int lastQuoteClose = -1;
    /** How many title marks (《) are open. */
    private int titleDepth;
    private int[] closers;

    SentenceScan(String text, Span sentence, List<Candidate> out) {
      this.text = text;
      this.sentence = sentence;
      this.out = out;
      this.clauseStart = sentence.start();
    }

    void run() {
      boolean inCode = false;
      for (int i = sentence.start(); i < sentence.end(); i++) {
        char c = text.charAt(i);
        if (c == '`') {
          inCode = !inCode;
        } else if (inCode) {
          continue;
        } else if (c == '《') {
          titleDepth++;
        } else if (c == '》' && titleDepth > 0) {
          titleDepth--;
        } else if (Brackets.isQuoteOpener(c)) {
          quotes.push(new OpenQuote(i));
        } else if (Brackets.isQuoteCloser(c) && !quotes.isEmpty()) {
          lastQuoteOpen = quotes.pop().open;
          lastQuoteClose = i;
        } else if (Brackets.isParenOpener(c)) {
          int close = matchingParen(i);
          if (close > 0) {
            parenthesis(i, close);
            i = close;
            if (quotes.isEmpty()) {
              // What a later parenthesis annotates starts after this one: 冰破（AMX-102）/紫電鬼（…）.
              clauseStart = close + 1;
            }
          }
        } else if (Punctuation.endsClause(c) && quotes.isEmpty() && titleDepth == 0) {
          // A title's own punctuation (《誰在一壘？》, 《兄弟們，你們會遇見我嗎？》) ends no clause.
          clauseStart = i + 1;
        }
      }
    }

    /** The closer of the parenthesis opening at {@code open}, or -1 when it has none or is too long. */
    private int matchingParen(int open) {
      if (closers == null) {
        closers = matchParentheses();
      }
      int close = closers[open - sentence.start()];
      return close > 0 && close - open <= MAX_PARENTHESIS ? close : -1;
    }

    /** Every parenthesis of the sentence matched in one pass: scanning from each opener would be quadratic. */
    private int[] matchParentheses() {
      int[] matches = new int[sentence.length()];
      int[] open = new int[sentence.length()];
      int depth = 0;
      for (int i = sentence.start(); i < sentence.end(); i++) {
        char c = text.charAt(i);
        if (Brackets.isParenOpener(c)) {
          open[depth++] = i;
        } else if (Brackets.isParenCloser(c) && depth > 0) {
          matches[open[--depth] - sentence.start()] = i;
        }
      }
      return matches;
    }

    private void parenthesis(int open, int close) {
      int contentStart = open + 1;
      if (!hasLatinLetter(contentStart, close)) {
        englishFirst(open, close);
        return;
      }
      Matcher marker = MARKER.matcher(text).region(contentStart, close);
      boolean explicit = marker.lookingAt();
      Span english = new Span(explicit ? marker.end() : contentStart, close);
      int before = previousNonSpace(open);
      if (!quotes.isEmpty()) {
        OpenQuote quote = quotes.peek();
        add(FindPattern.PAREN_IN_QUOTE, english, new Span(quote.pairEnd, open), true, quote.open);
        quote.pairEnd = close + 1;
      } else if (before >= 0 && before == lastQuoteClose) {
        add(FindPattern.PAREN_AFTER_QUOTE, english, new Span(lastQuoteOpen + 1, lastQuoteClose), true,
            lastQuoteOpen);
      } else if (explicit) {
        add(FindPattern.EXPLICIT_MARKER, english, new Span(sentence.start(), open), true, -1);
      } else if (before >= 0 && Punctuation.isChineseSentenceEnd(text.charAt(before))) {
        add(FindPattern.PAREN_AFTER_TEXT, english, new Span(sentence.start(), open), true, -1);
      } else {
        add(FindPattern.PAREN_AFTER_TEXT, english, new Span(clauseStart, open), false, -1);
      }
    }

    /**
     * English first, its rendering in the parenthesis after it: 「Stay hungry, stay foolish」（求知若饥，虚心若愚）, a
     * bold Higgs boson（希格斯玻色子）, OCCUPY WALL STREET（占领华尔街）. The English is the quotation closing right
     * before the parenthesis, or the run of Latin text that ends there; the Chinese is the parenthesis.
     */
    private void englishFirst(int open, int close) {
      Span chinese = new Span(open + 1, close);
      if (!quotes.isEmpty() || !Han.isMostlyChinese(text.substring(chinese.start(), chinese.end()))) {
        return;
      }
      int before = previousNonSpace(open);
      if (before < 0) {
        return;
      }
      boolean quoted = before == lastQuoteClose;
      Span english = quoted ? new Span(lastQuoteOpen + 1, lastQuoteClose) : latinRunEndingAt(before);
      String englishText = text.substring(english.start(), english.end());
      if (Han.count(englishText) == 0 && Latin.count(englishText) >= 2) {
        out.add(new Candidate(FindPattern.ENGLISH_FIRST, englishText, english, chinese, true, sentence.start(),
            quoted ? lastQuoteOpen : -1));
      }
    }

    /** The Latin words, with the spaces and punctuation between them, that end at {@code last}. */
    private Span latinRunEndingAt(int last) {
      if (!isLatinOrDigit(text.charAt(last))) {
        return new Span(last, last);
      }
      int start = last;
      while (start > sentence.start() && isInLatinRun(text.charAt(start - 1))) {
        start--;
      }
      while (start < last && !isLatinOrDigit(text.charAt(start))) {
        start++;
      }
      return new Span(start, last + 1);
    }

    private static boolean isLatinOrDigit(char c) {
      return Latin.isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isInLatinRun(char c) {
      return isLatinOrDigit(c) || c == ' ' || "'’-.,:!?&".indexOf(c) >= 0;
    }

    private void add(FindPattern pattern, Span english, Span chinese, boolean fixed, int quoteStart) {
      Span trimmed = trimEdges(chinese);
      if (trimmed.length() > 0) {
        out.add(new Candidate(pattern, text.substring(english.start(), english.end()), english, trimmed, fixed,
            sentence.start(), quoteStart));
      }
    }

    /** Drops white space and the punctuation that glues pairs together (「甲（A）、乙（B）」) from the edges. */
    private Span trimEdges(Span span) {
      int start = span.start();
      int end = span.end();
      while (start < end && isEdgeJunk(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return new Span(start, end);
    }

    private static boolean isEdgeJunk(char c) {
      return Character.isWhitespace(c) || Punctuation.isClauseBoundary(c);
    }

    private int previousNonSpace(int index) {
      int i = index - 1;
      while (i >= sentence.start() && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= sentence.start() ? i : -1;
    }

    private boolean hasLatinLetter(int start, int end) {
      for (int i = start; i < end; i++) {
        if (Latin.isLetter(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

  }
}
