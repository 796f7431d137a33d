package org.bitext.find;

import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.TableCell;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A table row with an English cell and a Chinese cell of as many lines: line renders line (a lyrics table, a table
 * of names). Sitting in one row is weak evidence, so the aligner keeps such a pair only if the lexicon says the two
 * lines translate each other, or enough lines of the two cells do (a loose rendering of one verse rides on the
 * verses around it).
 */
final class TableRows {
  private final CleanText clean;

  TableRows(CleanText clean) {
    this.clean = clean;
  }

  void find(List<Candidate> out) {
    List<TableCell> cells = clean.cells();
    int rowStart = 0;
    for (int i = 1; i <= cells.size(); i++) {
      if (i == cells.size() || !sameRow(cells.get(i), cells.get(rowStart))) {
        row(cells.subList(rowStart, i), out);
        rowStart = i;
      }
    }
  }

  private static boolean sameRow(TableCell a, TableCell b) {
    return a.table() == b.table() && a.row() == b.row();
  }

  /**
   * Pairs the row's one English cell with the one Chinese cell that has as many lines: a lyrics cell beside a label
   * such as 第一段 finds its translation, while a one-line English cell between two one-line Chinese cells is
   * ambiguous and left alone, as is a row with two English cells.
   */
  private void row(List<TableCell> row, List<Candidate> out) {
    List<TableCell> english = row.stream().filter(this::isEnglish).toList();
    if (english.size() != 1) {
      return;
    }
    List<Line> englishLines = linesOf(english.get(0));
    List<TableCell> chinese = row.stream().filter(this::isChinese).toList();
    List<TableCell> sameShape = chinese.stream().filter(cell -> linesOf(cell).size() == englishLines.size()).toList();
    if (sameShape.size() == 1) {
      List<Line> chineseLines = linesOf(sameShape.get(0));
      for (int i = 0; i < englishLines.size(); i++) {
        add(span(englishLines.get(i)), span(chineseLines.get(i)), sameShape.get(0).span(), out);
      }
    }
  }

  private void add(Span english, Span chinese, Span block, List<Candidate> out) {
    out.add(new Candidate(FindPattern.TABLE_ROW, clean.slice(english.start(), english.end()), english, chinese,
        true, chinese.start(), -1, block));
  }

  private List<Line> linesOf(TableCell cell) {
    return clean.linesWithin(cell.span());
  }

  private static Span span(Line line) {
    return new Span(line.start(), line.end());
  }

  private boolean isEnglish(TableCell cell) {
    String text = clean.slice(cell.span().start(), cell.span().end());
    return Han.count(text) == 0 && text.chars().filter(Character::isLetter).count() >= 2
        && text.chars().anyMatch(c -> (c >= 'a' && c <= 'z'));
  }

  private boolean isChinese(TableCell cell) {
    return Han.isMostlyChinese(clean.slice(cell.span().start(), cell.span().end()));
  }
}
