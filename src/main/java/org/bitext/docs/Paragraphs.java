package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.lexicon.Han;

/**
 * The paragraphs of clean text: consecutive prose lines with no blank line between them are one paragraph (text
 * wrapped at a fixed width); a heading, a list item or a quoted line stands alone. Wrapped English lines are joined
 * with a space, Chinese ones directly. Blank lines are looked for in the source: clean text keeps none.
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<String> of(CleanText clean, String source) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder open = new StringBuilder();
    Line previous = null;
    for (Line line : clean.lines()) {
      String text = clean.text().substring(line.start(), line.end()).strip();
      if (text.isEmpty()) {
        continue;
      }
      boolean continues = previous != null && previous.kind() == LineKind.PARAGRAPH
          && line.kind() == LineKind.PARAGRAPH && !blankLineBetween(source,
          clean.sourceOffset(previous.end() - 1) + 1, clean.sourceOffset(line.start()));
      if (!continues && open.length() > 0) {
        paragraphs.add(open.toString());
        open.setLength(0);
      }
      if (open.length() > 0 && !(Han.isHan(open.charAt(open.length() - 1)) || Han.isHan(text.charAt(0))
          || isChinesePunctuation(open.charAt(open.length() - 1)))) {
        open.append(' ');
      }
      open.append(text);
      previous = line;
    }
    if (open.length() > 0) {
      paragraphs.add(open.toString());
    }
    return paragraphs;
  }

  private static boolean blankLineBetween(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines > 1;
  }

  private static boolean isChinesePunctuation(char c) {
    return c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
  }
}
