package org.bitext.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.common.ArticleTitles;

/**
 * Cleans MediaWiki wikitext in one left-to-right pass: templates, links, tags and citations are resolved with an
 * explicit stack, and every lookahead is bounded or memoised, so time is linear in the input whatever its nesting.
 */
public final class WikitextCleaner implements Cleaner {
  @Override
  public CleanText clean(String source) {
    return new Scan(source).run();
  }

  private static final int MAX_NAME = 256;
  private static final int MAX_LINK_TARGET = 512;
  private static final int MAX_TAG = 1024;
  private static final int MAX_VARIANT = 4096;
  private static final Set<String> SKIPPED_LINK_NAMESPACES = Set.of("category", "分类", "分類", "file", "image",
      "文件", "檔案", "档案", "图像", "圖像", "media", "媒体", "媒體");
  /** Tags whose content is never prose. */
  private static final Set<String> DROPPED_TAGS = Set.of("math", "chem", "ce", "gallery", "syntaxhighlight",
      "source", "score", "timeline", "graph", "templatedata", "mapframe", "maplink", "imagemap", "hiero",
      "templatestyles", "categorytree", "inputbox", "charinsert", "references", "style", "script");
  /** Tags whose content is shown as it is, markup and all. */
  private static final Set<String> LITERAL_TAGS = Set.of("nowiki", "pre");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>");
  private static final Pattern REF_NAME = Pattern.compile("name\\s*=\\s*\"?([^\"/>]+?)\"?\\s*(?:/|$|group)");
  private static final Pattern COLSPAN = Pattern.compile("(?i)colspan\\s*=\\s*[\"']?\\s*(\\d{1,3})");
  /** No real table is wider; a larger colspan is a typo that must not overflow a column number. */
  private static final int MAX_COLSPAN = 100;
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});");
  private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]{2,24}__");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern MARKUP_IN_VARIANT = Pattern.compile("\\[\\[|\\{\\{|''|<");
  private static final Pattern URL_START = Pattern.compile("(?:https?:|ftp:)?//");

  /** The chars {@link Scan#step} treats as more than a literal. */
  private static final boolean[] MARKUP_STARTS = new boolean[128];

  static {
    for (char c : "\n{}[]|<&'-_".toCharArray()) {
      MARKUP_STARTS[c] = true;
    }
  }

  private static final class Scan {
    private final String src;
    private final int length;
    private final CleanTextBuilder out = new CleanTextBuilder();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final ForwardSearch search;
    private final Matcher tag;
    private final Matcher entity;
    private final Matcher magicWord;
    private final Matcher urlStart;
    private int pos;
    private int templates;
    private int links;
    private int externalLinks;
    /** Where the current heading's closing {@code ==} begins and its line ends, or -1 outside a heading. */
    private int headingClose = -1;
    private int headingLineEnd = -1;
    /** Where the open bold run began in the clean text, or -1. */
    private int boldStart = -1;
    /** Tables opened so far. */
    private int tables;

    Scan(String src) {
      this.src = src;
      this.length = src.length();
      this.search = new ForwardSearch(src);
      this.tag = TAG.matcher(src);
      this.entity = ENTITY.matcher(src);
      this.magicWord = MAGIC_WORD.matcher(src);
      this.urlStart = URL_START.matcher(src);
    }

    CleanText run() {
      lineStart();
      while (pos < length) {
        step();
      }
      while (!frames.isEmpty()) {
        pop();
      }
      return out.build();
    }

    private void step() {
      if (headingClose >= 0 && pos >= headingClose) {
        pos = headingLineEnd;
        headingClose = -1;
        return;
      }
      char c = src.charAt(pos);
      switch (c) {
        case '\n':
          newline();
          break;
        case '{':
          if (next('{')) {
            openTemplate();
          } else {
            literal();
          }
          break;
        case '}':
          if (next('}') && templates > 0) {
            closeUpTo(Frame.Kind.TEMPLATE, 2);
          } else {
            literal();
          }
          break;
        case '[':
          if (next('[')) {
            openLink();
          } else {
            openExternalLink();
          }
          break;
        case ']':
          if (next(']') && links > 0) {
            closeUpTo(Frame.Kind.LINK, 2);
          } else if (externalLinks > 0) {
            closeUpTo(Frame.Kind.EXTERNAL_LINK, 1);
          } else {
            literal();
          }
          break;
        case '|':
          separator();
          break;
        case '<':
          tag();
          break;
        case '&':
          entity();
          break;
        case '\'':
          apostrophes();
          break;
        case '-':
          if (next('{')) {
            variant();
          } else {
            literal();
          }
          break;
        case '_':
          if (magicWord.region(pos, Math.min(length, pos + 28)).lookingAt()) {
            pos = magicWord.end();
          } else {
            literal();
          }
          break;
        default:
          plainRun();
      }
    }

    /**
     * Emits the run of chars up to the next one that can start markup at once: most of an article is such runs,
     * and most of a template's is muted, so going char by char through {@link #step} would dominate the cleaning.
     */
    private void plainRun() {
      int end = pos + 1;
      int limit = headingClose >= 0 ? Math.min(length, headingClose) : length;
      while (end < limit && !startsMarkup(src.charAt(end))) {
        end++;
      }
      Frame top = frames.peek();
      if (top == null || top.writesToText()) {
        out.append(src, pos, end);
      } else if (!top.muted) {
        top.capture.append(src, pos, end);
      }
      pos = end;
    }

    private static boolean startsMarkup(char c) {
      return c < MARKUP_STARTS.length && MARKUP_STARTS[c];
    }

    private boolean next(char c) {
      return pos + 1 < length && src.charAt(pos + 1) == c;
    }

    private void literal() {
      emit(src.charAt(pos), pos);
      pos++;
    }

    private void emit(char c, int sourceOffset) {
      Frame top = frames.peek();
      if (top == null) {
        out.append(c, sourceOffset);
      } else if (!top.muted) {
        if (top.capture != null) {
          top.capture.append(c);
        } else {
          out.append(c, sourceOffset);
        }
      }
    }

    private void emit(CharSequence chars, int sourceOffset) {
      for (int i = 0; i < chars.length(); i++) {
        emit(chars.charAt(i), sourceOffset);
      }
    }

    // ---- lines ----

    private void newline() {
      Frame top = frames.peek();
      if (top == null || top.writesToText()) {
        out.endLine();
      } else if (!top.muted && top.capture != null) {
        top.capture.append(' ');
      }
      pos++;
      headingClose = -1;
      boldStart = -1;
      if (frames.isEmpty()) {
        lineStart();
      } else if (top.kind == Frame.Kind.TABLE) {
        tableLineStart();
      } else if (top.fields && out.inCell()) {
        out.lineKind(LineKind.TABLE_CELL);
      } else if (top.writesToText()) {
        shownTemplateLineStart();
      }
    }

    /**
     * A line inside a template whose text is shown ({{lang|en|…}}, {{Unicode|…}}): the page parses its indentation
     * and bullets as any line's; inside a table cell it is one of the cell's lines, as after a {@code <br>}.
     */
    private void shownTemplateLineStart() {
      if (out.inCell()) {
        skipBullets();
        out.lineKind(LineKind.TABLE_CELL);
      } else if (pos < length && "*#:;".indexOf(src.charAt(pos)) >= 0) {
        bullets();
      } else if (frames.peek().inBlockQuotation()) {
        out.lineKind(LineKind.INDENTED);
      }
    }

    /** Line-level markup, seen only outside templates: tables, headings, list bullets, rules. */
    private void lineStart() {
      if (src.startsWith("{|", pos)) {
        openTable();
        return;
      }
      char c = pos < length ? src.charAt(pos) : '\n';
      if (c == '=') {
        heading();
      } else if (c == '*' || c == '#' || c == ':' || c == ';') {
        bullets();
      } else if (src.startsWith("----", pos)) {
        while (pos < length && src.charAt(pos) == '-') {
          pos++;
        }
      }
    }

    private void heading() {
      int lineEnd = src.indexOf('\n', pos);
      lineEnd = lineEnd < 0 ? length : lineEnd;
      int contentEnd = lineEnd;
      while (contentEnd > pos && Character.isWhitespace(src.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      int open = 0;
      while (pos + open < contentEnd && src.charAt(pos + open) == '=') {
        open++;
      }
      int close = 0;
      while (contentEnd - close > pos + open && src.charAt(contentEnd - close - 1) == '=') {
        close++;
      }
      int level = Math.min(open, close);
      if (level == 0 || contentEnd - level <= pos + level) {
        return;
      }
      out.lineKind(LineKind.HEADING);
      pos += level;
      headingClose = contentEnd - level;
      headingLineEnd = lineEnd;
    }

    private void bullets() {
      out.lineKind(skipBullets() ? LineKind.LIST_ITEM : LineKind.INDENTED);
    }

    /** Skips the bullets and indentation that open a line; whether they make it a list item. */
    private boolean skipBullets() {
      boolean list = false;
      while (pos < length && "*#:;".indexOf(src.charAt(pos)) >= 0) {
        list |= src.charAt(pos) == '*' || src.charAt(pos) == '#';
        pos++;
      }
      while (pos < length && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
        pos++;
      }
      return list;
    }

    /**
     * A table's cells are prose, each on lines of its own; headers, captions and attributes are dropped. Tables
     * hold pairs (an English column beside a Chinese one), so they are read, not skipped.
     */
    private void openTable() {
      Frame table = new Frame(Frame.Kind.TABLE, null, pos);
      table.table = tables++;
      push(table, true, false);
      pos = lineEnd(pos);
    }

    private void tableLineStart() {
      int start = pos;
      while (start < length && (src.charAt(start) == ' ' || src.charAt(start) == '\t')) {
        start++;
      }
      Frame table = frames.peek();
      if (src.startsWith("|}", start)) {
        out.endCell();
        pos = start + 2;
        pop();
      } else if (src.startsWith("{|", start)) {
        out.endCell();
        pos = start;
        openTable();
      } else if (src.startsWith("|-", start)) {
        out.endCell();
        if (table.column >= 0) {
          table.row++;
        }
        table.column = -1;
        table.nextColumn = 0;
        pos = lineEnd(start);
      } else if (src.startsWith("|+", start) || src.startsWith("!", start)) {
        out.endCell();
        pos = lineEnd(start);
      } else if (src.startsWith("|", start)) {
        // A cell opens with one bar; a second one (a row's cells split over lines as "||") opens it too.
        pos = start + (src.startsWith("||", start) ? 2 : 1);
        startCell(table);
      } else if (table.column >= 0) {
        // A cell's own lines may be indented or bulleted (:God save our gracious Queen!) like any other line.
        pos = start;
        skipBullets();
        out.lineKind(LineKind.TABLE_CELL);
      }
    }

    /** {@code ||} between two cells of a row. */
    private void nextCell(Frame table) {
      pos += 2;
      out.endCell();
      out.endLine();
      startCell(table);
    }

    private void startCell(Frame table) {
      table.column = table.nextColumn;
      table.nextColumn += skipCellAttributes();
      out.startCell(table.table, table.row, table.column);
    }

    /**
     * {@code | colspan="2" | text}: skips the attributes before a single bar, on the cell's own line, and says how
     * many columns the cell spans, so that cells of one column have one number in every row.
     */
    private int skipCellAttributes() {
      int end = lineEnd(pos);
      for (int i = pos; i < end; i++) {
        char c = src.charAt(i);
        if (c == '[' || c == '{' || c == '<' || src.startsWith("||", i)) {
          return 1;
        }
        if (c == '|') {
          String attributes = src.substring(pos, i);
          if (!attributes.contains("=")) {
            return 1;
          }
          pos = i + 1;
          Matcher colspan = COLSPAN.matcher(attributes);
          return colspan.find() ? Math.max(1, Math.min(MAX_COLSPAN, Integer.parseInt(colspan.group(1)))) : 1;
        }
      }
      return 1;
    }

    private int lineEnd(int from) {
      int newline = src.indexOf('\n', from);
      return newline < 0 ? length : newline;
    }

    // ---- templates and links ----

    private void openTemplate() {
      int nameStart = pos + 2;
      int nameEnd = nameStart;
      int limit = Math.min(length, nameStart + MAX_NAME);
      while (nameEnd < limit && "|{}[]<".indexOf(src.charAt(nameEnd)) < 0) {
        nameEnd++;
      }
      String name = normaliseName(src.substring(nameStart, nameEnd));
      TemplateRule rule = TemplateRule.of(name, firstParam(nameEnd));
      Frame template = new Frame(Frame.Kind.TEMPLATE, rule, pos);
      if (rule.isQuotation() && frames.isEmpty() && out.atLineStart()) {
        // A quotation template opening a line is a block quotation, as an indented line is.
        out.lineKind(LineKind.INDENTED);
        template.blockQuotation = true;
        template.quotationStart = out.length();
      }
      if (rule.layout() == TemplateRule.Layout.FIELDS && frames.isEmpty()) {
        out.endLine();
        template.fields = true;
        template.table = tables++;
        template.row = -1;
      }
      push(template, false, false);
      templates++;
      pos = nameEnd;
    }

    /**
     * An infobox's next field: the field before it ends, and a prose field starts a cell in the next row, or, when
     * it gives the name, in the row of the name fields.
     */
    private void startField(Frame infobox, String field, boolean prose) {
      out.endCell();
      out.endLine();
      if (!prose) {
        return;
      }
      if (TemplateRule.isNameField(field)) {
        if (infobox.nameRow < 0) {
          infobox.nameRow = ++infobox.row;
        }
        out.startCell(infobox.table, infobox.nameRow, infobox.nameCells++);
      } else {
        out.startCell(infobox.table, ++infobox.row, 0);
      }
    }

    /** A list item in a cell starts a line of its own; elsewhere the items are a run of prose. */
    private void nextListItem(Frame list) {
      if (list.positional > 1 && list.writesToText()) {
        if (out.inCell()) {
          out.endLine();
          out.lineKind(LineKind.TABLE_CELL);
        } else {
          emit(' ', pos);
        }
      }
    }

    private String firstParam(int nameEnd) {
      if (nameEnd >= length || src.charAt(nameEnd) != '|') {
        return "";
      }
      int end = nameEnd + 1;
      int limit = Math.min(length, end + 16);
      while (end < limit && "|{}[]<".indexOf(src.charAt(end)) < 0) {
        end++;
      }
      return src.substring(nameEnd + 1, end);
    }

    /** A bar, a line break, {@code ]]} or {@code [[}. */
    private boolean endsLinkTarget(int at) {
      char c = src.charAt(at);
      return c == '|' || c == '\n' || (c == ']' || c == '[') && at + 1 < length && src.charAt(at + 1) == c;
    }

    private static String normaliseName(String raw) {
      String name = WHITE_SPACE.matcher(raw.replace('_', ' ').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      return name.startsWith("template:") ? name.substring("template:".length()).strip() : name;
    }

    private void openLink() {
      int start = pos + 2;
      int limit = Math.min(length, start + MAX_LINK_TARGET);
      int end = start;
      while (end < limit && !endsLinkTarget(end)) {
        end++;
      }
      if (end >= limit || src.charAt(end) == '\n' || src.startsWith("[[", end)) {
        literal();
        return;
      }
      String target = src.substring(start, end).strip();
      Frame link = new Frame(Frame.Kind.LINK, null, pos);
      link.markValue = target;
      links++;
      if (isSkippedNamespace(target)) {
        push(link, false, false);
        pos = end;
      } else if (src.charAt(end) == '|') {
        push(link, false, false);
        pos = end;
      } else {
        push(link, true, false);
        link.shownStart = out.length();
        pos = start;
      }
    }

    private static boolean isSkippedNamespace(String target) {
      int colon = target.indexOf(':');
      if (colon <= 0) {
        return false;
      }
      String prefix = target.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      // [[en:Foo]] is an interlanguage link in the page footer; [[:en:Foo|…]] (leading colon) is shown.
      return SKIPPED_LINK_NAMESPACES.contains(prefix) || prefix.matches("[a-z]{2,3}(-[a-z]+)*");
    }

    private void openExternalLink() {
      if (!urlStart.region(pos + 1, length).lookingAt()) {
        literal();
        return;
      }
      int limit = Math.min(length, pos + MAX_TAG * 2);
      int space = -1;
      int end = pos + 1;
      // Stop at the next [ too: a run of unclosed links must not be scanned again from each.
      while (end < limit && src.charAt(end) != ']' && src.charAt(end) != '\n' && src.charAt(end) != '[') {
        if (space < 0 && src.charAt(end) == ' ') {
          space = end;
        }
        end++;
      }
      if (end >= limit || src.charAt(end) != ']') {
        literal();
        return;
      }
      if (space < 0) {
        pos = end + 1;
        return;
      }
      push(new Frame(Frame.Kind.EXTERNAL_LINK, null, pos), true, false);
      externalLinks++;
      pos = space + 1;
    }

    private void separator() {
      Frame top = frames.peek();
      if (top != null && top.kind == Frame.Kind.TABLE && next('|') && top.column >= 0) {
        nextCell(top);
        return;
      }
      if (top == null || (top.kind != Frame.Kind.TEMPLATE && top.kind != Frame.Kind.LINK)) {
        literal();
        return;
      }
      pos++;
      endShown(top);
      top.positional++;
      if (top.kind == Frame.Kind.LINK) {
        boolean shown = top.positional == 1 && !isSkippedNamespace(top.markValue);
        reroute(top, shown, false);
        return;
      }
      String named = paramName();
      TemplateRule rule = top.rule;
      boolean shown;
      if (named != null) {
        top.positional--;
        shown = top.fields ? TemplateRule.isProseField(named) : rule.shownNames().contains(named);
        if (top.fields) {
          startField(top, named, shown);
        }
      } else {
        shown = top.positional == rule.shownParam() || (top.positional == rule.displayParam() && showsInstead(top))
            || rule.layout() == TemplateRule.Layout.LIST;
      }
      reroute(top, shown, named == null && top.positional == rule.capturedParam());
      if (named == null && rule.layout() == TemplateRule.Layout.LIST) {
        nextListItem(top);
      }
    }

    /**
     * Whether an interlanguage link's shown text is the article's name, less its disambiguation and end punctuation,
     * or a part of it: the name as the sentence shortens it ({{link-en|喬治·吉佩|George Gipp|吉佩}},
     * {{le|备忘录模式|Memento pattern|备忘录}}). A display text that is not in the name is the sentence's own wording
     * ({{link-en|湯森德法案|Townshend Acts|强行徵税}}), which need not render the English title at all.
     */
    private boolean namesTheTitle(Frame frame) {
      if (frame.displacedTitle == null) {
        return true;
      }
      String title = withoutEndPunctuation(ArticleTitles.withoutDisambiguation(frame.displacedTitle.strip()));
      String shown = withoutEndPunctuation(out.slice(frame.shownStart, frame.shownEnd));
      return title.equals(shown) || shown.length() >= 2 && title.contains(shown);
    }

    private static String withoutEndPunctuation(String text) {
      return text.strip().replaceAll("[。！？.!?]+$", "");
    }

    /** Takes back the text shown so far, so that the display parameter starting here is shown in its stead. */
    private boolean showsInstead(Frame frame) {
      if (frame.shownStart < 0) {
        return false;
      }
      String title = out.slice(frame.shownStart, frame.shownEnd);
      if (!out.takeBack(frame.shownStart)) {
        return false;
      }
      frame.displacedTitle = title;
      frame.shownStart = -1;
      frame.shownEnd = -1;
      return true;
    }

    /** A named parameter's name ({@code url} in {@code |url=…}), consuming it; null for a positional one. */
    private String paramName() {
      int end = pos;
      int limit = Math.min(length, pos + 40);
      while (end < limit && "=|{}[]<\n".indexOf(src.charAt(end)) < 0) {
        end++;
      }
      if (end < limit && src.charAt(end) == '=' && !src.startsWith("==", end)) {
        String name = src.substring(pos, end).strip().toLowerCase(Locale.ROOT);
        pos = end + 1;
        return name;
      }
      return null;
    }

    private void reroute(Frame frame, boolean shown, boolean captured) {
      frame.route(shown, captured);
      if (shown && frame.writesToText()) {
        frame.shownStart = out.length();
      }
    }

    private void endShown(Frame frame) {
      if (frame.shownStart >= 0 && frame.shownEnd < 0) {
        frame.shownEnd = out.length();
      }
    }

    private void push(Frame frame, boolean shown, boolean captured) {
      frame.parent = frames.peek();
      frame.route(shown, captured);
      frames.push(frame);
    }

    /** Closes the nearest open frame of {@code kind}, and any unclosed frames inside it. */
    private void closeUpTo(Frame.Kind kind, int closerLength) {
      Frame closed;
      do {
        closed = pop();
      } while (closed.kind != kind);
      pos += closerLength;
    }

    private Frame pop() {
      Frame frame = frames.pop();
      endShown(frame);
      switch (frame.kind) {
        case TEMPLATE:
          templates--;
          finishTemplate(frame);
          break;
        case LINK:
          links--;
          if (frame.shownStart >= 0) {
            out.mark(frame.shownStart, frame.shownEnd, MarkKind.LINK, frame.markValue);
          }
          break;
        case EXTERNAL_LINK:
          externalLinks--;
          break;
        default:
          break;
      }
      return frame;
    }

    private void finishTemplate(Frame frame) {
      TemplateRule rule = frame.rule;
      if (frame.fields) {
        out.endCell();
        out.endLine();
      }
      if (frame.blockQuotation && out.length() > frame.quotationStart) {
        out.mark(frame.quotationStart, out.length(), MarkKind.BLOCK_QUOTATION, "");
      }
      if (rule.citation() && (frame.parent == null || frame.parent.writesToText())) {
        out.reference(Citations.parse(src.substring(frame.sourceStart, Math.min(length, pos + 2)), "",
            out.referenceAnchor()));
      }
      if (frame.shownStart < 0 || rule.markKind() == null) {
        return;
      }
      if (rule.markKind() == MarkKind.INTERLANGUAGE && !namesTheTitle(frame)) {
        return;
      }
      String value = rule.markKind() == MarkKind.INTERLANGUAGE
          ? (frame.captured == null ? "" : frame.captured.toString().strip())
          : rule.markValue();
      out.mark(frame.shownStart, frame.shownEnd, rule.markKind(), value);
    }

    // ---- tags, entities, quotes, variants ----

    private void tag() {
      if (src.startsWith("<!--", pos)) {
        int end = search.indexOf("-->", pos + 4);
        pos = end < 0 ? length : end + 3;
        return;
      }
      int limit = Math.min(length, pos + MAX_TAG);
      if (!tag.region(pos, limit).lookingAt()) {
        literal();
        return;
      }
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      boolean selfClosing = !tag.group(4).isEmpty();
      String attributes = tag.group(3);
      int afterTag = tag.end();
      if (closing) {
        pos = afterTag;
      } else if (name.equals("ref")) {
        reference(attributes, selfClosing, afterTag);
      } else if (DROPPED_TAGS.contains(name)) {
        pos = selfClosing ? afterTag : afterClosingTag(name, afterTag);
      } else if (LITERAL_TAGS.contains(name)) {
        literalContent(name, selfClosing, afterTag);
      } else if (name.equals("br")) {
        lineBreak();
        pos = afterTag;
      } else {
        pos = afterTag;
      }
    }

    private void reference(String attributes, boolean selfClosing, int afterTag) {
      Matcher nameMatch = REF_NAME.matcher(attributes.strip());
      String name = nameMatch.find() ? nameMatch.group(1).strip() : "";
      int contentEnd = afterTag;
      if (selfClosing) {
        pos = afterTag;
      } else {
        int close = search.indexOf("</ref", afterTag);
        if (close < 0) {
          int lineEnd = search.indexOf("\n", afterTag);
          contentEnd = lineEnd < 0 ? length : lineEnd;
          pos = contentEnd;
        } else {
          contentEnd = close;
          int gt = src.indexOf('>', close);
          pos = gt < 0 ? length : gt + 1;
        }
      }
      Frame top = frames.peek();
      if (top == null || top.writesToText()) {
        out.reference(Citations.parse(src.substring(afterTag, contentEnd), name, out.referenceAnchor()));
      }
    }

    /**
     * {@code <br>}: a space in prose; in a table cell, the end of one of the cell's lines; in a block quotation, the
     * end of one of its lines ({{Cquote|我们永远缅怀他们…<br />We will never forget them…}}).
     */
    private void lineBreak() {
      Frame top = frames.peek();
      if (top != null && (top.kind == Frame.Kind.TABLE && top.column >= 0 || top.fields && out.inCell())
          && top.writesToText()) {
        out.endLine();
        out.lineKind(LineKind.TABLE_CELL);
      } else if (top != null && top.writesToText() && top.inBlockQuotation() && !out.inCell()) {
        out.endLine();
        out.lineKind(LineKind.INDENTED);
      } else {
        emit(' ', pos);
      }
    }

    private int afterClosingTag(String name, int from) {
      int close = search.indexOf("</" + name, from);
      if (close < 0) {
        return length;
      }
      int gt = src.indexOf('>', close);
      return gt < 0 ? length : gt + 1;
    }

    private void literalContent(String name, boolean selfClosing, int afterTag) {
      if (selfClosing) {
        pos = afterTag;
        return;
      }
      int close = search.indexOf("</" + name, afterTag);
      int end = close < 0 ? length : close;
      for (int i = afterTag; i < end; i++) {
        emit(src.charAt(i), i);
      }
      pos = afterClosingTag(name, afterTag);
    }

    private void entity() {
      if (!entity.region(pos, Math.min(length, pos + 12)).lookingAt()) {
        literal();
        return;
      }
      String decoded = StringEscapeUtils.unescapeHtml4(entity.group());
      if (decoded.equals(entity.group())) {
        literal();
        return;
      }
      emit(decoded.replace('\u00A0', ' '), pos);
      pos = entity.end();
    }

    /** {@code ''} italic, {@code '''} bold and {@code '''''} both are dropped; a lone apostrophe is text. */
    private void apostrophes() {
      int run = 0;
      while (pos + run < length && src.charAt(pos + run) == '\'') {
        run++;
      }
      if (run == 1) {
        literal();
        return;
      }
      int kept = run == 4 ? 1 : Math.max(0, run - 5);
      for (int i = 0; i < kept; i++) {
        emit('\'', pos + i);
      }
      pos += run;
      if (run >= 3 && (frames.isEmpty() || frames.peek().writesToText())) {
        toggleBold();
      }
    }

    private void toggleBold() {
      if (boldStart < 0) {
        boldStart = out.length();
      } else {
        out.mark(boldStart, out.length(), MarkKind.BOLD, "");
        boldStart = -1;
      }
    }

    /** {@code -{…}-} language-variant markup: the text shown, in the first variant given. */
    private void variant() {
      int end = search.indexOf("}-", pos + 2);
      if (end < 0 || end - pos > MAX_VARIANT) {
        literal();
        return;
      }
      String shown = VariantMarkup.shownText(src.substring(pos + 2, end));
      emit(MARKUP_IN_VARIANT.matcher(shown).find() ? shownProse(shown) : shown, pos);
      pos = end + 2;
    }

    /**
     * A variant's own markup read as prose ({@code -{zh-hans:[[汤姆·索亚历险记|汤姆·索亚历险记]];zh-hk:…}-} shows
     * 汤姆·索亚历险记): the variant is short, and its text, not its marks, is what the reader sees.
     */
    private static String shownProse(String variant) {
      return WHITE_SPACE.matcher(new Scan(variant).run().text()).replaceAll(" ").strip();
    }
  }
}
