package org.bitext.find;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.clean.MarkKind;
import org.bitext.clean.TableCell;
import org.bitext.common.Brackets;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * Finds bilingual blocks: a Chinese line next to an English line of the same kind, in either order
 * ({@code :『中文』} then {@code :"English"}; an English paragraph then its Chinese translation). Being adjacent is
 * weak evidence, so the aligner keeps such a pair only if the lexicon says the two lines translate each other.
 */
final class BilingualLines {
  /**
   * An English line needs this many words to be a block, not a stray name; in a table cell (a name under its
   * Chinese one, 馬克·吐溫<br>Mark Twain) the cell already binds the two lines.
   */
  private static final int MIN_ENGLISH_WORDS = 3;
  private static final int MIN_CELL_ENGLISH_WORDS = 1;
  /** 译文：, 中文翻譯：, 翻译如下：: a label before the translation. */
  private static final Pattern TRANSLATION_LABEL =
      Pattern.compile("(?:中文)?(?:译文|譯文|翻译|翻譯|中译|中譯)(?:如下)?\\s*[：:]\\s*");
  /** The longest line that only introduces the next one (译文如下：). */
  static final int LONGEST_INTRODUCTION = 12;
  /** Longer lines are not one translated statement. */
  private static final int LONGEST_LINE = 2000;
  /** Quoted (:) lines and paragraphs; lists next to each other are mostly lists of links, not translations. */
  private static final Set<LineKind> BLOCK_KINDS = Set.of(LineKind.INDENTED, LineKind.PARAGRAPH, LineKind.TABLE_CELL);

  private final CleanText clean;
  private final String text;
  private final TableColumns columns;

  BilingualLines(CleanText clean, TableColumns columns) {
    this.clean = clean;
    this.text = clean.text();
    this.columns = columns;
  }

  void find(List<Line> lines, List<Candidate> out) {
    LetterCounts[] counts = new LetterCounts[lines.size()];
    Map<TableCell, Boolean> alternating = new HashMap<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line first = lines.get(i);
      int next = i + 2 < lines.size() && introducesTheNext(lines, i + 1) ? i + 2 : i + 1;
      Line second = lines.get(next);
      if (!sameBlockKind(first, second) && !isLabelledTranslation(second, first) || !isShortEnough(first)
          || !isShortEnough(second) || !adjacent(first, lines.get(i + 1)) || !adjacent(lines.get(next - 1), second)
          || !sameCellIfInTable(first, second)) {
        continue;
      }
      if (first.kind() == LineKind.TABLE_CELL && !alternatesInItsCell(lines, i, counts, alternating)) {
        continue;
      }
      LetterCounts firstCounts = countsOf(lines, i, counts);
      LetterCounts secondCounts = countsOf(lines, next, counts);
      if (isChinese(first, firstCounts) && isEnglish(second, secondCounts)) {
        out.add(candidate(second, first, false));
        i = next;
      } else if (isEnglish(first, firstCounts) && isChinese(second, secondCounts)) {
        out.add(candidate(first, second, isLabelledTranslation(second, first)));
        i = next;
      }
    }
  }

  private static boolean sameBlockKind(Line first, Line second) {
    return first.kind() == second.kind() && BLOCK_KINDS.contains(first.kind());
  }

  /**
   * A line that says it is the translation of the one before ({@code * 中譯：據說貓有九條命…} after a quoted English
   * line), whatever the two lines' kinds, outside tables: the label, not the layout, pairs them.
   */
  private boolean isLabelledTranslation(Line line, Line before) {
    return line.kind() != LineKind.TABLE_CELL && before.kind() != LineKind.TABLE_CELL
        && before.kind() != LineKind.HEADING && line.kind() != LineKind.HEADING
        && TRANSLATION_LABEL.matcher(text).region(line.start(), line.end()).lookingAt();
  }

  /**
   * A short line that introduces the one after it ({@code 译文如下：}, {@code 原文：}) and so stands between a
   * statement and its translation without parting them. Outside tables only: a cell's lines are its own.
   */
  private boolean introducesTheNext(List<Line> lines, int index) {
    Line line = lines.get(index);
    return line.kind() != LineKind.TABLE_CELL && isIntroduction(text.substring(line.start(), line.end()));
  }

  /** A short Chinese line ending in a colon ({@code 译文如下：}, {@code 原文：}): it only introduces what follows. */
  static boolean isIntroduction(String line) {
    int last = line.length() - 1;
    return last >= 1 && line.length() <= LONGEST_INTRODUCTION && (line.charAt(last) == '：' || line.charAt(last) == ':')
        && Han.count(line) >= 2;
  }

  /** A line's letter counts, counted once however many neighbours it is compared with. */
  private LetterCounts countsOf(List<Line> lines, int index, LetterCounts[] counted) {
    if (counted[index] == null) {
      counted[index] = LetterCounts.of(text, lines.get(index));
    }
    return counted[index];
  }

  /**
   * Lines of a table pair only inside one cell (Chinese<br>English): neighbouring cells are columns, which the
   * table's own rows pair.
   */
  private boolean sameCellIfInTable(Line first, Line second) {
    return first.kind() != LineKind.TABLE_CELL
        || clean.cellAt(first.start()).equals(clean.cellAt(second.start()));
  }

  /**
   * Whether the cell holding line {@code index} is made of pairs of lines, each a Chinese and an English line in one
   * order ({@code 玫瑰花苞。<br>"Rosebud."}). A cell listing names ({@code 弗朗索瓦·特吕弗<br>Suzanne
   * Schiffman<br>Jean-Louis Richard}: three writers) has a Chinese line beside an English one that is someone else.
   */
  private boolean alternatesInItsCell(List<Line> lines, int index, LetterCounts[] counts,
      Map<TableCell, Boolean> known) {
    Optional<TableCell> cell = clean.cellAt(lines.get(index).start());
    if (cell.isEmpty()) {
      return false;
    }
    return known.computeIfAbsent(cell.get(), c -> alternates(lines, c, index, counts));
  }

  private boolean alternates(List<Line> lines, TableCell cell, int within, LetterCounts[] counts) {
    int first = within;
    while (first > 0 && lines.get(first - 1).start() >= cell.span().start()) {
      first--;
    }
    Boolean chineseFirst = null;
    int count = 0;
    for (int i = first; i < lines.size() && lines.get(i).end() <= cell.span().end(); i++, count++) {
      LetterCounts letters = countsOf(lines, i, counts);
      boolean chinese = isChinese(lines.get(i), letters);
      if (!chinese && !isEnglish(lines.get(i), letters)) {
        return false;
      }
      if (chineseFirst == null) {
        chineseFirst = chinese;
      } else if (chinese != (chineseFirst == (count % 2 == 0))) {
        return false;
      }
    }
    return count % 2 == 0;
  }

  /** Only a line break between them: no other line, nothing dropped. */
  private boolean adjacent(Line first, Line second) {
    return text.substring(first.end(), second.start()).strip().isEmpty();
  }

  /**
   * A table cell's two lines have its column as their block: the cells down it vouch for one another. Two lines that
   * structure binds (a labelled translation after its original, a block quotation of just the two) are a block of
   * their own; other adjacent lines are of none.
   */
  private Candidate candidate(Line english, Line chinese, boolean labelled) {
    FindPattern pattern = english.kind() == LineKind.TABLE_CELL ? FindPattern.TABLE_CELL : FindPattern.BILINGUAL_BLOCK;
    Span block = pattern == FindPattern.TABLE_CELL
        ? clean.cellAt(english.start()).map(columns::extent).orElse(Span.NONE)
        : labelled ? new Span(english.start(), chinese.end()) : quotationOfJust(english, chinese);
    Span englishSpan = unbracketed(english);
    return new Candidate(pattern, text.substring(englishSpan.start(), englishSpan.end()), englishSpan,
        unquoted(chinese), true, -1, -1, block);
  }

  /**
   * The block quotation that holds the two lines and nothing else ({{Cquote|中文…<br />English…}}), or
   * {@link Span#NONE}: a quotation template that gives a quotation in both languages holds them as one entry.
   */
  private Span quotationOfJust(Line english, Line chinese) {
    int start = Math.min(english.start(), chinese.start());
    int end = Math.max(english.end(), chinese.end());
    return clean.marks().stream()
        .filter(mark -> mark.kind() == MarkKind.BLOCK_QUOTATION && mark.start() <= start && mark.end() >= end)
        .map(mark -> new Span(mark.start(), mark.end()))
        .filter(quotation -> clean.linesWithin(quotation).size() == 2)
        .findFirst().orElse(Span.NONE);
  }

  /** An English line in parentheses ({@code 泰晤士路球場<br>（Thames Road）}) less them. */
  private Span unbracketed(Line line) {
    int start = line.start();
    int end = line.end();
    if (end - start > 2 && Brackets.isParenOpener(text.charAt(start)) && Brackets.isParenCloser(text.charAt(end - 1))
        && text.substring(start + 1, end - 1).chars().noneMatch(c -> Brackets.isParenCloser((char) c))) {
      return new Span(start + 1, end - 1);
    }
    return new Span(start, end);
  }

  /**
   * The content of a line that is one quotation (『…』。), else the whole line; a label saying it is the translation
   * ({@code 译文：}) is not part of it.
   */
  private Span unquoted(Line line) {
    int start = line.start();
    int end = line.end();
    Matcher label = TRANSLATION_LABEL.matcher(text).region(start, end);
    if (label.lookingAt() && label.end() < end) {
      start = label.end();
    }
    int contentStart = start;
    while (end > start && "。.，,；;！？".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start >= 3 && Brackets.isQuoteOpener(text.charAt(start)) && Brackets.isQuoteCloser(text.charAt(end - 1))
        && text.substring(start + 1, end - 1).chars().noneMatch(c -> Brackets.isQuoteCloser((char) c))) {
      return new Span(start + 1, end - 1);
    }
    return new Span(contentStart, line.end());
  }

  private static boolean isShortEnough(Line line) {
    return line.end() - line.start() <= LONGEST_LINE;
  }

  private boolean isChinese(Line line, LetterCounts counts) {
    return counts.han() >= 2 && counts.han() * 2 >= counts.latin() && !hasParenthesisedLatin(line);
  }

  private boolean isEnglish(Line line, LetterCounts counts) {
    if (counts.han() > 0) {
      return false;
    }
    return wordsAtLeast(line, line.kind() == LineKind.TABLE_CELL ? MIN_CELL_ENGLISH_WORDS : MIN_ENGLISH_WORDS);
  }

  /**
   * Whether the line has at least {@code wanted} runs of Latin letters and apostrophes, counted in a loop: every
   * line of every table is asked, and splitting each by a pattern cost as much as the rest of the search.
   */
  private boolean wordsAtLeast(Line line, int wanted) {
    int words = 0;
    boolean inWord = false;
    for (int i = line.start(); i < line.end() && words < wanted; i++) {
      char c = text.charAt(i);
      boolean letter = Latin.isLetter(c) || c == '\'';
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= wanted;
  }

  /**
   * A Chinese line with its own parenthesised English is already a candidate of another pattern: two Latin letters
   * in a row between an opening parenthesis and the first closing one after it.
   */
  private boolean hasParenthesisedLatin(Line line) {
    boolean open = false;
    int letters = 0;
    boolean latinInside = false;
    for (int i = line.start(); i < line.end(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        open = true;
        letters = 0;
      } else if (c == '）' || c == ')') {
        if (open && latinInside) {
          return true;
        }
        open = false;
        latinInside = false;
        letters = 0;
      } else if (Latin.isLetter(c)) {
        letters++;
        latinInside |= open && letters >= 2;
      } else {
        letters = 0;
      }
    }
    return false;
  }

  /** Han characters and Latin letters in a line, counted in one pass. */
  private record LetterCounts(int han, int latin) {
    static LetterCounts of(String text, Line line) {
      int han = 0;
      int latin = 0;
      for (int i = line.start(); i < line.end(); ) {
        int cp = text.codePointAt(i);
        if (Latin.isLetter(cp)) {
          latin++;
        } else if (Han.isHan(cp)) {
          han++;
        }
        i += Character.charCount(cp);
      }
      return new LetterCounts(han, latin);
    }
  }
}
