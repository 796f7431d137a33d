package org.bitext.clean;

/**
 * One open construct on the cleaner's stack (a template, link, external link or table). The stack replaces
 * recursion, so arbitrarily deep nesting cannot exhaust the call stack.
 */
final class Frame {
  enum Kind { TEMPLATE, LINK, EXTERNAL_LINK, TABLE }

  final Kind kind;
  final TemplateRule rule;
  final int sourceStart;
  /** The frame this one is nested in, or null at top level. */
  Frame parent;
  /** The positional parameter being read (templates: 0 is the name; links: 0 is the target). */
  int positional;
  /** Output of this frame's current parameter is dropped. */
  boolean muted;
  /** Output of this frame's current parameter goes here instead of the clean text; null when it goes there. */
  StringBuilder capture;
  /** Where the shown text began in the clean text, or -1. */
  int shownStart = -1;
  int shownEnd = -1;
  String markValue;
  /** An interlanguage link's Chinese title, when its display text is shown instead; else null. */
  String displacedTitle;
  StringBuilder captured;
  /**
   * Tables: which table of the article this is, the row being read, the column the cell being read starts at (-1
   * before the first) and the column the next cell starts at (a cell spans columns: colspan="2").
   */
  int table;
  int row;
  int column = -1;
  int nextColumn;
  /**
   * An infobox read field by field (at the top level only: inside a table or template its cells would overlap
   * theirs): each field a row of {@link #table}, in {@link #row}.
   */
  boolean fields;
  /** A quotation template opening a line at the top level ({{Cquote|…}}): each of its lines is an indented line. */
  boolean blockQuotation;
  /** Where a block quotation's text begins in the clean text. */
  int quotationStart = -1;
  /** An infobox's row of name fields (-1 before the first) and how many cells it has. */
  int nameRow = -1;
  int nameCells;

  Frame(Kind kind, TemplateRule rule, int sourceStart) {
    this.kind = kind;
    this.rule = rule;
    this.sourceStart = sourceStart;
  }

  /** Output goes nowhere (the parent muted or this part dropped), to a capture, or to the text. */
  void route(boolean shown, boolean captureHere) {
    boolean parentMuted = parent != null && parent.muted;
    muted = parentMuted || !(shown || captureHere);
    if (captureHere && !parentMuted) {
      captured = new StringBuilder();
      capture = captured;
    } else {
      capture = parent == null ? null : parent.capture;
    }
  }

  /** Whether this frame or one it is nested in is a block quotation. */
  boolean inBlockQuotation() {
    for (Frame frame = this; frame != null; frame = frame.parent) {
      if (frame.blockQuotation) {
        return true;
      }
    }
    return false;
  }

  boolean writesToText() {
    return !muted && capture == null;
  }
}
