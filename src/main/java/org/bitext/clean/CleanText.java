package org.bitext.clean;

import java.util.List;
import java.util.Optional;

/**
 * The prose of one article after markup is removed.
 *
 * @param text the prose, one source line per line of text
 * @param sourceOffsets for each char of {@code text}, its offset in the source (length {@code text.length()})
 * @param lines the non-blank lines, in order
 * @param marks links, English spans and interlanguage links, in order of start
 * @param references citations, in order of anchor
 */
public record CleanText(String text, int[] sourceOffsets, List<Line> lines, List<Mark> marks,
    List<Reference> references) {

  public CleanText {
    if (sourceOffsets.length != text.length()) {
      throw new IllegalArgumentException("one source offset per char: " + sourceOffsets.length + " != "
          + text.length());
    }
    lines = List.copyOf(lines);
    marks = List.copyOf(marks);
    references = List.copyOf(references);
  }

  /** Offset in the source of the clean char at {@code index}; {@code text.length()} maps past the last char. */
  public int sourceOffset(int index) {
    if (index < sourceOffsets.length) {
      return sourceOffsets[index];
    }
    return sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The line holding {@code offset}, found by binary search. */
  public Optional<Line> lineAt(int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Line line = lines.get(mid);
      if (offset < line.start()) {
        high = mid - 1;
      } else if (offset >= line.end()) {
        low = mid + 1;
      } else {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** The title of the last heading before {@code offset}, or empty in the lead. */
  public String sectionAt(int offset) {
    String section = "";
    for (Line line : lines) {
      if (line.start() > offset) {
        break;
      }
      if (line.kind() == LineKind.HEADING) {
        section = text.substring(line.start(), line.end()).strip();
      }
    }
    return section;
  }

  /** The first citation anchored in {@code [from, to]}: the source of a statement is cited right after it. */
  public Optional<Reference> referenceBetween(int from, int to) {
    for (Reference reference : references) {
      if (reference.anchor() >= from && reference.anchor() <= to) {
        return Optional.of(reference);
      }
    }
    return Optional.empty();
  }
}
