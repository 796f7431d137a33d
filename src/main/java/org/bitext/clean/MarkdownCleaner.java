package org.bitext.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans Markdown line by line: headings, bullets and quotes become line kinds, links keep their text, emphasis
 * markers go. Code spans and fenced code are kept as they are: translated projects often annotate code in
 * comments.
 */
public final class MarkdownCleaner implements Cleaner {
  private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+");
  private static final Pattern BULLET = Pattern.compile("\\s{0,6}(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern QUOTE = Pattern.compile("(?:\\s{0,3}>\\s?)+");
  private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~)");
  private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*");
  /** {@code ![alt](url)}, {@code [text](url)}, {@code [text][ref]}, {@code **}, {@code __} and HTML comments. */
  private static final Pattern INLINE = Pattern.compile(
      "!\\[[^\\]\\n]{0,500}]\\([^)\\n]{0,2000}\\)|\\[([^\\]\\n]{0,500})](?:\\([^)\\n]{0,2000}\\)|\\[[^\\]\\n]{0,200}])"
      + "|\\*\\*|__|<!--.*?-->");

  @Override
  public CleanText clean(String source) {
    CleanTextBuilder out = new CleanTextBuilder();
    boolean inCode = false;
    int lineStart = 0;
    while (lineStart <= source.length()) {
      int lineEnd = source.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? source.length() : lineEnd;
      int contentEnd = lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      String line = source.substring(lineStart, contentEnd);
      if (FENCE.matcher(line).lookingAt()) {
        inCode = !inCode;
      } else if (inCode) {
        out.lineKind(LineKind.CODE);
        appendVerbatim(out, line, lineStart);
      } else if (!LINK_DEFINITION.matcher(line).matches()) {
        appendProse(out, line, lineStart);
      }
      out.endLine();
      lineStart = lineEnd + 1;
    }
    return out.build();
  }

  private static void appendProse(CleanTextBuilder out, String line, int offset) {
    int start = 0;
    Matcher heading = HEADING.matcher(line);
    Matcher bullet = BULLET.matcher(line);
    Matcher quote = QUOTE.matcher(line);
    if (heading.lookingAt()) {
      out.lineKind(LineKind.HEADING);
      start = heading.end();
    } else if (quote.lookingAt()) {
      out.lineKind(LineKind.INDENTED);
      start = quote.end();
    } else if (bullet.lookingAt()) {
      out.lineKind(LineKind.LIST_ITEM);
      start = bullet.end();
    }
    Matcher inline = INLINE.matcher(line).region(start, line.length());
    int copied = start;
    while (inline.find()) {
      appendVerbatim(out, line.substring(copied, inline.start()), offset + copied);
      if (inline.group(1) != null) {
        appendVerbatim(out, inline.group(1), offset + inline.start(1));
      }
      copied = inline.end();
    }
    appendVerbatim(out, line.substring(copied), offset + copied);
  }

  private static void appendVerbatim(CleanTextBuilder out, String text, int offset) {
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i), offset + i);
    }
  }
}
