package org.bitext.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.lexicon.Han;

/**
 * Cleans Markdown: a paragraph or list item wrapped over several lines becomes one line of clean text (a link or a
 * sentence may straddle the wrap); headings, bullets and quotes become line kinds; links keep their text; emphasis
 * markers go. Code spans and fenced code are kept as they are: translated projects often annotate code in
 * comments.
 */
public final class MarkdownCleaner implements Cleaner {
  private static final Pattern HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+");
  private static final Pattern BULLET = Pattern.compile("\\s{0,6}(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern QUOTE = Pattern.compile("(?:\\s{0,3}>\\s?)+");
  private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~)");
  private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[([^\\]]+)]:\\s*\\S+.*");
  /** {@code [label]} alone: a shortcut reference link when a definition for the label exists. */
  private static final Pattern SHORTCUT_LINK = Pattern.compile("\\[([^\\]\\[]{1,200})](?![(\\[:])");
  /** {@code ![alt](url)}, {@code [text](url)}, {@code [text][ref]}, {@code **}, {@code __} and HTML comments. */
  private static final Pattern INLINE = Pattern.compile(
      "!\\[[^\\]]{0,500}]\\([^)]{0,2000}\\)|\\[([^\\]]{0,500})](?:\\([^)]{0,2000}\\)|\\[[^\\]]{0,200}])"
      + "|\\*\\*|__|<!--.{0,2000}?-->");

  @Override
  public CleanText clean(String source) {
    CleanTextBuilder out = new CleanTextBuilder();
    Block block = new Block(linkLabels(source));
    boolean inCode = false;
    int lineStart = 0;
    while (lineStart <= source.length()) {
      int lineEnd = source.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? source.length() : lineEnd;
      int contentEnd = lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      String line = source.substring(lineStart, contentEnd);
      if (FENCE.matcher(line).lookingAt()) {
        block.flush(out);
        inCode = !inCode;
      } else if (inCode) {
        out.lineKind(LineKind.CODE);
        block.add(line, lineStart);
        block.flushVerbatim(out);
      } else {
        prose(line, lineStart, block, out);
      }
      lineStart = lineEnd + 1;
    }
    block.flush(out);
    return out.build();
  }

  private static Set<String> linkLabels(String source) {
    Set<String> labels = new HashSet<>();
    for (String line : source.split("\n")) {
      Matcher definition = LINK_DEFINITION.matcher(line);
      if (definition.matches()) {
        labels.add(label(definition.group(1)));
      }
    }
    return labels;
  }

  private static String label(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void prose(String line, int offset, Block block, CleanTextBuilder out) {
    Matcher heading = HEADING.matcher(line);
    Matcher quote = QUOTE.matcher(line);
    Matcher bullet = BULLET.matcher(line);
    if (line.isBlank() || LINK_DEFINITION.matcher(line).matches()) {
      block.flush(out);
    } else if (heading.lookingAt()) {
      block.flush(out);
      block.start(LineKind.HEADING, line.substring(heading.end()), offset + heading.end());
      block.flush(out);
    } else if (quote.lookingAt()) {
      block.continueOrStart(LineKind.INDENTED, line.substring(quote.end()), offset + quote.end(), out);
    } else if (bullet.lookingAt()) {
      block.flush(out);
      block.start(LineKind.LIST_ITEM, line.substring(bullet.end()), offset + bullet.end());
    } else if (block.isOpen()) {
      block.add(line.strip(), offset + (line.length() - line.stripLeading().length()));
    } else {
      block.start(LineKind.PARAGRAPH, line, offset);
    }
  }

  /** The lines of one paragraph, list item or quote, joined, with the source offset of every char. */
  private static final class Block {
    private final StringBuilder text = new StringBuilder();
    private final Set<String> linkLabels;
    private int[] offsets = new int[128];
    private LineKind kind;

    Block(Set<String> linkLabels) {
      this.linkLabels = linkLabels;
    }

    boolean isOpen() {
      return kind != null;
    }

    void start(LineKind newKind, String line, int offset) {
      kind = newKind;
      add(line, offset);
    }

    void continueOrStart(LineKind newKind, String line, int offset, CleanTextBuilder out) {
      if (kind != newKind) {
        flush(out);
        kind = newKind;
      }
      add(line, offset);
    }

    /** Joins a wrapped line: with a space between Latin words, with nothing between Chinese characters. */
    void add(String line, int offset) {
      if (text.length() > 0 && !line.isEmpty() && !(isWide(text.charAt(text.length() - 1)) && isWide(line.charAt(0)))) {
        append(' ', offset - 1);
      }
      for (int i = 0; i < line.length(); i++) {
        append(line.charAt(i), offset + i);
      }
    }

    private void append(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
    }

    void flush(CleanTextBuilder out) {
      if (kind != null) {
        out.lineKind(kind);
        appendInline(out);
        out.endLine();
      }
      reset();
    }

    void flushVerbatim(CleanTextBuilder out) {
      copyVerbatim(out, 0, text.length());
      out.endLine();
      reset();
    }

    private void appendInline(CleanTextBuilder out) {
      Matcher inline = INLINE.matcher(text);
      int copied = 0;
      int boldStart = -1;
      while (inline.find()) {
        copy(out, copied, inline.start());
        if (inline.group(1) != null) {
          copy(out, inline.start(1), inline.end(1));
        } else if (inline.group().equals("**") || inline.group().equals("__")) {
          if (boldStart < 0) {
            boldStart = out.length();
          } else {
            out.mark(boldStart, out.length(), MarkKind.BOLD, "");
            boldStart = -1;
          }
        }
        copied = inline.end();
      }
      copy(out, copied, text.length());
    }

    /** Copies {@code [from, to)}, dropping the brackets of shortcut reference links. */
    private void copy(CleanTextBuilder out, int from, int to) {
      Matcher shortcut = SHORTCUT_LINK.matcher(text).region(from, to);
      int copied = from;
      while (shortcut.find()) {
        if (linkLabels.contains(label(shortcut.group(1)))) {
          copyVerbatim(out, copied, shortcut.start());
          copyVerbatim(out, shortcut.start(1), shortcut.end(1));
          copied = shortcut.end();
        }
      }
      copyVerbatim(out, copied, to);
    }

    private void copyVerbatim(CleanTextBuilder out, int from, int to) {
      for (int i = from; i < to; i++) {
        out.append(text.charAt(i), offsets[i]);
      }
    }

    private void reset() {
      text.setLength(0);
      kind = null;
    }

    private static boolean isWide(char c) {
      return Han.isHan(c) || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF00 && c <= 0xFFEF);
    }
  }
}
