package org.bitext.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.TableCell;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A table row with an English cell and a Chinese cell of as many lines: line renders line (a lyrics table, a table
 * of names). Sitting in one row is weak evidence, so the aligner keeps such a pair ({@link FindPattern#TABLE_ROW})
 * only if the lexicon says the two lines translate each other, or enough lines of the two cells do (a loose
 * rendering of one verse rides on the verses around it). When a row has several Chinese cells of the English
 * cell's shape (one column a region's name, the next another region's; or an actor beside a role), each is a
 * candidate ({@link FindPattern#TABLE_COLUMN}) that its column down the table must vouch for.
 */
final class TableRows {
  /** A lowercase run of three letters: a word, not a code or symbol such as He or Uut. */
  private static final Pattern HAS_A_WORD = Pattern.compile("[a-z]{3}");

  private final CleanText clean;
  private final TableColumns columns;

  TableRows(CleanText clean, TableColumns columns) {
    this.clean = clean;
    this.columns = columns;
  }

  /** The rows in order; an infobox's name fields are one row, though other fields may stand between them. */
  void find(List<Candidate> out) {
    Map<List<Integer>, List<TableCell>> rows = new LinkedHashMap<>();
    for (TableCell cell : clean.cells()) {
      rows.computeIfAbsent(List.of(cell.table(), cell.row()), row -> new ArrayList<>()).add(cell);
    }
    rows.values().forEach(row -> row(row, out));
  }

  /**
   * Pairs the row's one English cell with each Chinese cell that has as many lines. One such cell is the cells'
   * block; several (臺灣名稱 氫, 中國大陸名稱 氢 beside hydrogen) are each vouched for by their column. Of two
   * English cells, one that is only a code (the symbol He beside helium) is not the English; a row with two English
   * cells otherwise is left alone.
   */
  private void row(List<TableCell> row, List<Candidate> out) {
    List<TableCell> english = row.stream().filter(cell -> !englishOf(cell).isNone()).toList();
    if (english.size() > 1) {
      english = english.stream().filter(cell -> HAS_A_WORD.matcher(text(englishOf(cell))).find()).toList();
    }
    if (english.size() != 1) {
      return;
    }
    TableCell englishCell = english.get(0);
    Span englishSpan = englishOf(englishCell);
    List<Line> englishLines = linesOf(englishCell);
    List<TableCell> sameShape = row.stream().filter(cell -> cell != englishCell).filter(this::isChinese)
        .filter(cell -> linesOf(cell).size() == englishLines.size()).toList();
    boolean several = sameShape.size() > 1;
    for (TableCell cell : sameShape) {
      FindPattern pattern = several ? FindPattern.TABLE_COLUMN : FindPattern.TABLE_ROW;
      Span block = several ? columns.extent(cell) : cell.span();
      List<Line> chineseLines = linesOf(cell);
      for (int i = 0; i < englishLines.size(); i++) {
        add(pattern, within(span(englishLines.get(i)), englishSpan), span(chineseLines.get(i)), block, out);
      }
    }
  }

  private void add(FindPattern pattern, Span english, Span chinese, Span block, List<Candidate> out) {
    out.add(new Candidate(pattern, clean.slice(english.start(), english.end()), english, chinese, true,
        chinese.start(), -1, block));
  }

  private List<Line> linesOf(TableCell cell) {
    return clean.linesWithin(cell.span());
  }

  private static Span span(Line line) {
    return new Span(line.start(), line.end());
  }

  private static Span within(Span span, Span limit) {
    return new Span(Math.max(span.start(), limit.start()), Math.min(span.end(), limit.end()));
  }

  /**
   * The English of a cell: all of it when it has no Chinese, or what stands before a Chinese note in parentheses
   * on a one-line cell (sodium （符號來自拉丁語natrium）); else none.
   */
  private Span englishOf(TableCell cell) {
    Span span = cell.span();
    String text = text(span);
    if (Han.count(text) > 0) {
      int note = noteStart(text);
      if (note < 0 || text.indexOf('\n') >= 0 || Han.count(text.substring(0, note)) > 0) {
        return Span.NONE;
      }
      span = new Span(span.start(), span.start() + text.substring(0, note).stripTrailing().length());
    }
    return isEnglish(text(span)) ? span : Span.NONE;
  }

  /** Where a parenthesis opens whose content starts with Chinese, or -1. */
  private static int noteStart(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '（' || c == '(') && Han.count(text.substring(i + 1, i + 2)) > 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isEnglish(String text) {
    return Han.count(text) == 0 && text.chars().filter(Character::isLetter).count() >= 2
        && text.chars().anyMatch(c -> (c >= 'a' && c <= 'z'));
  }

  private boolean isChinese(TableCell cell) {
    return Han.isMostlyChinese(text(cell.span()));
  }

  private String text(Span span) {
    return clean.slice(span.start(), span.end());
  }
}
