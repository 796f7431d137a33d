package org.bitext.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bitext.common.Span;

/** Accumulates clean text with the source offset of every char, and the lines, marks and references over it. */
final class CleanTextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[256];
  private final List<Line> lines = new ArrayList<>();
  private final List<Mark> marks = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<TableCell> cells = new ArrayList<>();
  /** The open cell: where its text starts, or -1; and its place. */
  private int cellStart = -1;
  private int cellTable;
  private int cellRow;
  private int cellColumn;
  private int lineStart;
  private LineKind lineKind = LineKind.PARAGRAPH;

  int length() {
    return text.length();
  }

  String slice(int start, int end) {
    return text.substring(start, end);
  }

  /**
   * Takes back the text written since {@code from}, with its marks and references, when it stays within the open
   * line and cell; false, leaving everything as it is, when it does not.
   */
  boolean takeBack(int from) {
    if (from < lineStart || (cellStart >= 0 && from < cellStart) || text.indexOf("\n", from) >= 0) {
      return false;
    }
    text.setLength(from);
    marks.removeIf(mark -> mark.end() > from);
    references.removeIf(reference -> reference.anchor() > from);
    return true;
  }

  void append(char c, int sourceOffset) {
    if (c == '\n') {
      endLine();
      return;
    }
    if (text.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[text.length()] = sourceOffset;
    text.append(c);
  }

  /** Appends {@code source[start, end)}, which has no line break, as it is. */
  void append(String source, int start, int end) {
    int needed = text.length() + end - start;
    if (needed > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
    }
    for (int i = start, at = text.length(); i < end; i++, at++) {
      offsets[at] = i;
    }
    text.append(source, start, end);
  }

  /** Appends text that replaced the markup at {@code sourceOffset} (a decoded entity, a chosen variant). */
  void append(CharSequence chars, int sourceOffset) {
    for (int i = 0; i < chars.length(); i++) {
      append(chars.charAt(i), sourceOffset);
    }
  }

  /** Sets the kind of the line being built; a list bullet or heading markup is seen before the line's text. */
  void lineKind(LineKind kind) {
    lineKind = kind;
  }

  /** Closes the current line, keeping it only if it has text, and starts the next one as a paragraph line. */
  void endLine() {
    int end = text.length();
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = lineStart;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < end) {
      lines.add(new Line(start, end, lineKind));
      if (lineKind == LineKind.HEADING) {
        sections.add(new Section(start, text.substring(start, end)));
      }
    }
    if (text.length() > lineStart) {
      appendNewline();
    }
    lineStart = text.length();
    lineKind = LineKind.PARAGRAPH;
  }

  /**
   * A line break the cleaner adds (a table cell's end) stands where the char before it does: the next char may come
   * from the very next source position, or even share the previous one's (a bar read as text), so one past the
   * previous char could overtake it.
   */
  private void appendNewline() {
    if (text.length() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[text.length()] = text.length() == 0 ? 0 : offsets[text.length() - 1];
    text.append('\n');
  }

  /** Starts a table cell at the next char; an open one ends here. */
  void startCell(int table, int row, int column) {
    endCell();
    cellStart = text.length();
    cellTable = table;
    cellRow = row;
    cellColumn = column;
    lineKind = LineKind.TABLE_CELL;
  }

  /** Nothing but white space written on the open line yet. */
  boolean atLineStart() {
    for (int i = lineStart; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  boolean inCell() {
    return cellStart >= 0;
  }

  /** Ends the open cell, if any, keeping it when it has text. */
  void endCell() {
    if (cellStart >= 0) {
      int start = cellStart;
      int end = text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < end) {
        cells.add(new TableCell(cellTable, cellRow, cellColumn, new Span(start, end)));
      }
      cellStart = -1;
    }
  }

  void mark(int start, int end, MarkKind kind, String value) {
    if (start < end) {
      marks.add(new Mark(start, end, kind, value));
    }
  }

  void reference(Reference reference) {
    references.add(reference);
  }

  int referenceAnchor() {
    int anchor = text.length();
    while (anchor > lineStart && Character.isWhitespace(text.charAt(anchor - 1))) {
      anchor--;
    }
    return anchor;
  }

  CleanText build() {
    endCell();
    endLine();
    marks.sort(Comparator.comparingInt(Mark::start));
    return new CleanText(text.toString(), new SourceOffsets(Arrays.copyOf(offsets, text.length())), lines, marks,
        NamedReferences.resolve(references), sections, cells);
  }
}
