package org.bitext.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.bitext.common.Span;

/**
 * The prose of one article after markup is removed. Lookups by offset are binary searches, so asking about every
 * candidate of a huge article stays linear overall.
 *
 * @param text the prose, one source line per line of text
 * @param sourceOffsets for each char of {@code text}, its offset in the source
 * @param lines the non-blank lines, in order
 * @param marks links, English spans and interlanguage links, in order of start
 * @param references citations, in order of anchor
 * @param sections the headings, in order
 * @param cells the cells of wikitables, in order
 */
public record CleanText(String text, SourceOffsets sourceOffsets, List<Line> lines, List<Mark> marks,
    List<Reference> references, List<Section> sections, List<TableCell> cells) {

  public CleanText {
    if (sourceOffsets.length() != text.length()) {
      throw new IllegalArgumentException("one source offset per char: " + sourceOffsets.length() + " != "
          + text.length());
    }
    lines = List.copyOf(lines);
    marks = List.copyOf(marks);
    references = List.copyOf(references);
    sections = List.copyOf(sections);
    cells = List.copyOf(cells);
  }

  /** Offset in the source of the clean char at {@code index}; {@code text.length()} maps past the last char. */
  public int sourceOffset(int index) {
    return sourceOffsets.of(index);
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The line holding {@code offset}. */
  public Optional<Line> lineAt(int offset) {
    int index = lastStartingAtOrBefore(lines, Line::start, offset);
    return index >= 0 && offset < lines.get(index).end() ? Optional.of(lines.get(index)) : Optional.empty();
  }

  /** The title of the last heading before {@code offset}, or empty in the lead. */
  public String sectionAt(int offset) {
    int index = lastStartingAtOrBefore(sections, Section::start, offset);
    return index >= 0 ? sections.get(index).title() : "";
  }

  /**
   * The first citation anchored in {@code [from, to]} that names a source: the source of a statement is cited
   * right after it (a note that only comments is passed over).
   */
  public Optional<Reference> referenceBetween(int from, int to) {
    for (int i = firstStartingAtOrAfter(references, Reference::anchor, from);
        i < references.size() && references.get(i).anchor() <= to; i++) {
      if (!references.get(i).isEmpty()) {
        return Optional.of(references.get(i));
      }
    }
    return Optional.empty();
  }

  /** The footnotes that give an English original, in order of anchor. */
  public List<Reference> originals() {
    return references.stream().filter(reference -> reference.original().isPresent()).toList();
  }

  /** The table cell holding {@code offset}, if any. */
  public Optional<TableCell> cellAt(int offset) {
    int index = lastStartingAtOrBefore(cells, cell -> cell.span().start(), offset);
    return index >= 0 && offset < cells.get(index).span().end() ? Optional.of(cells.get(index)) : Optional.empty();
  }

  /** The lines lying wholly inside {@code span}, in order: the lines of a table cell. */
  public List<Line> linesWithin(Span span) {
    List<Line> within = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(lines, Line::start, span.start());
        i < lines.size() && lines.get(i).end() <= span.end(); i++) {
      within.add(lines.get(i));
    }
    return within;
  }

  /** The marks lying wholly inside {@code [start, end)}, in order of start. */
  public List<Mark> marksWithin(int start, int end) {
    List<Mark> within = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(marks, Mark::start, start); i < marks.size(); i++) {
      Mark mark = marks.get(i);
      if (mark.start() >= end) {
        break;
      }
      if (mark.end() <= end) {
        within.add(mark);
      }
    }
    return within;
  }

  private static <T> int lastStartingAtOrBefore(List<T> sorted, ToIntFunction<T> key, int offset) {
    return firstStartingAtOrAfter(sorted, key, offset + 1) - 1;
  }

  /** The index of the first element whose key is at least {@code offset} (the size when there is none). */
  private static <T> int firstStartingAtOrAfter(List<T> sorted, ToIntFunction<T> key, int offset) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (key.applyAsInt(sorted.get(mid)) < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
