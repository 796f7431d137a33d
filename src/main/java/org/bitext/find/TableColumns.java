package org.bitext.find;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitext.clean.TableCell;
import org.bitext.common.Span;

/**
 * Each column of each table, from its first cell's start to its last cell's end: the block whose cells vouch for
 * one another when the same kind of entry runs down a column (a name in each script, a quotation and its original).
 */
final class TableColumns {
  /** A column of one table. */
  private record Column(int table, int column) {
    static Column of(TableCell cell) {
      return new Column(cell.table(), cell.column());
    }
  }

  private final Map<Column, Span> extents = new HashMap<>();

  TableColumns(List<TableCell> cells) {
    for (TableCell cell : cells) {
      extents.merge(Column.of(cell), cell.span(),
          (a, b) -> new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end())));
    }
  }

  /** The extent of the cell's column. */
  Span extent(TableCell cell) {
    return extents.get(Column.of(cell));
  }
}
