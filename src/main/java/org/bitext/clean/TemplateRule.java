package org.bitext.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the cleaner keeps of one template: which parameter is shown as prose, how that text is marked, and which
 * parameter (if any) is captured as the mark's value. Every other parameter is dropped.
 *
 * @param shownParam the positional parameter shown as prose (1-based), or 0 for none
 * @param shownNames named parameters shown as prose ({@code text=} of a quote template)
 * @param markKind how the shown text is marked, or null for plain prose
 * @param markValue the mark's value when it is fixed by the template (a language code)
 * @param capturedParam the positional parameter captured as the mark's value, or 0 for none
 * @param citation whether the template is a citation or a note, kept as a {@link Reference}
 * @param displayParam a positional parameter shown instead of {@code shownParam} when it is given, or 0 for none:
 *     {@code {{le|達西 (單位)|Darcy (unit)|達西}}} shows 達西
 * @param layout how the shown parameters are laid out: inline, as an infobox's fields, or as the lines of a list
 */
record TemplateRule(int shownParam, Set<String> shownNames, MarkKind markKind, String markValue, int capturedParam,
    boolean citation, int displayParam, Layout layout) {

  /** How a template's shown parameters stand in the clean text. */
  enum Layout {
    /** Within the line, as prose. */
    INLINE,
    /**
     * An infobox: each named field a one-line-or-more cell of its own, one field a row, so that a field's
     * {@code 中文<br>English} lines and the interlanguage links in it are read like a table cell's. Fields that
     * hold files, links or codes ({@link #isProseField}) are dropped.
     */
    FIELDS,
    /** {{unbulleted list|a|b|c}}: every positional parameter shown, each on a line of its own in a cell. */
    LIST
  }

  private static final TemplateRule DROPPED = new TemplateRule(0, Set.of(), null, null, 0, false, 0, Layout.INLINE);
  private static final TemplateRule CITATION = new TemplateRule(0, Set.of(), null, null, 0, true, 0, Layout.INLINE);
  private static final TemplateRule INFOBOX = new TemplateRule(0, Set.of(), null, null, 0, false, 0, Layout.FIELDS);
  private static final TemplateRule LIST = new TemplateRule(0, Set.of(), null, null, 0, false, 0, Layout.LIST);
  private static final TemplateRule INTERLANGUAGE_LINK =
      new TemplateRule(1, Set.of(), MarkKind.INTERLANGUAGE, null, 2, false, 3, Layout.INLINE);
  /**
   * {{tsl|en|Texas Monthly|德克萨斯月刊|display}}: a link to an article not yet translated, named in its language
   * and in Chinese; an interlanguage link when the language is English, else the Chinese title as prose.
   */
  private static final TemplateRule ENGLISH_TRANSLATED_LINK =
      new TemplateRule(3, Set.of(), MarkKind.INTERLANGUAGE, null, 2, false, 4, Layout.INLINE);
  private static final TemplateRule TRANSLATED_LINK =
      new TemplateRule(3, Set.of(), null, null, 0, false, 4, Layout.INLINE);
  private static final TemplateRule INLINE_TEXT = new TemplateRule(1, Set.of(), null, null, 0, false, 0, Layout.INLINE);
  private static final TemplateRule QUOTE =
      new TemplateRule(1, Set.of("text", "quote", "1"), null, null, 0, false, 0, Layout.INLINE);
  /**
   * Templates whose first parameter is prose. {{僻字|𬬻|⿰钅卢}} shows a rare character; the rest is for fonts
   * without it. {{Unicode|…}} only picks a font for its text.
   */
  private static final Set<String> INLINE_TEXT_NAMES =
      Set.of("nowrap", "nobr", "small", "big", "lang-zh", "lang-zh-hans", "lang-zh-hant", "linktext", "bd",
          "僻字", "marriage", "nobold", "unicode", "larger", "smaller", "center");
  private static final Set<String> LIST_NAMES =
      Set.of("unbulleted list", "ubl", "plainlist", "plain list", "flatlist", "hlist", "bulleted list");
  /** Names a translated-link template goes by: {{Translink}} is {{tsl}} under another name. */
  private static final Set<String> TRANSLATED_LINK_NAMES = Set.of("tsl", "translink");
  /** The English interlanguage link, under its short names and its full one. */
  private static final Set<String> ENGLISH_LINK_NAMES = Set.of("le", "link-en", "internal link helper/en");
  private static final String OTHER_LANGUAGE_LINK = "internal link helper/";
  private static final Set<String> NAME_FIELDS = Set.of("name", "中文名", "中文名稱", "中文名称", "名称", "名稱",
      "chinese_title", "original_name", "orig_name", "oriname", "english_name", "英文名", "英文名稱", "英文名称",
      "name_en", "en_name", "英称", "英稱", "大学名");
  /** Parts of a field's name that say it holds a file, a link or a code rather than prose. */
  private static final List<String> NON_PROSE_FIELDS = List.of("image", "logo", "signature", "map", "website",
      "url", "coord", "alt", "size", "width", "height", "flag", "seal", "color", "colour", "sound", "audio",
      "file", "pushpin", "latd", "longd", "footnotes");
  /** Notes shown at the foot of the page: kept, like citations, since one may give an original. */
  private static final Set<String> NOTE_NAMES = Set.of("efn", "notetag", "note", "refn", "efn-ua", "efn-lr");
  /** {{Cquote 2}}, {{Cquote3}}: a numbered variant of a template (another frame, the same quotation). */
  private static final Pattern NUMBERED = Pattern.compile(" ?[0-9]$");
  private static final Set<String> QUOTE_NAMES =
      Set.of("quote", "quotation", "cquote", "blockquote", "quote box", "centered pull quote", "rquote", "bq");

  /**
   * The rule for a template.
   *
   * @param name the normalised template name (lower case, single spaces)
   * @param firstParam the first positional parameter, needed by {@code {{lang|code|text}}}
   */
  static TemplateRule of(String name, String firstParam) {
    if (name.equals("lang")) {
      return languageSpan(firstParam.strip().toLowerCase(Locale.ROOT), 2);
    }
    if (name.startsWith("lang-")) {
      return languageSpan(name.substring("lang-".length()), 1);
    }
    if (ENGLISH_LINK_NAMES.contains(name)) {
      return INTERLANGUAGE_LINK;
    }
    if (TRANSLATED_LINK_NAMES.contains(name)) {
      return isEnglish(firstParam.strip().toLowerCase(Locale.ROOT)) ? ENGLISH_TRANSLATED_LINK : TRANSLATED_LINK;
    }
    if (name.startsWith("link-") || name.startsWith(OTHER_LANGUAGE_LINK)) {
      return INLINE_TEXT;
    }
    if (isInfobox(name)) {
      return INFOBOX;
    }
    if (LIST_NAMES.contains(name)) {
      return LIST;
    }
    if (name.startsWith("cite") || name.equals("citation") || name.startsWith("citation ")
        || NOTE_NAMES.contains(name)) {
      return CITATION;
    }
    if (INLINE_TEXT_NAMES.contains(name)) {
      return INLINE_TEXT;
    }
    return QUOTE_NAMES.contains(NUMBERED.matcher(name).replaceFirst("")) ? QUOTE : DROPPED;
  }

  /** A quotation template ({{quote}}, {{Cquote 2}}): shown as a block quotation when it opens a line. */
  boolean isQuotation() {
    return this == QUOTE;
  }

  /** {{Infobox film}}, {{Film infobox}}, {{明清人物信息框}}, {{日本車站資訊框}}. */
  private static boolean isInfobox(String name) {
    return name.startsWith("infobox") || name.endsWith("infobox") || name.endsWith("信息框")
        || name.endsWith("資訊框") || name.endsWith("资讯框");
  }

  /**
   * Whether an infobox field gives the subject's name in one language ({@code name = 教父}, {@code original_name =
   * The Godfather}): such fields share one row, as the cells of a table row do, so that the Chinese name and the
   * English one stand side by side. A native name is left out: it is as often German or Italian as English.
   */
  static boolean isNameField(String fieldName) {
    return NAME_FIELDS.contains(fieldName);
  }

  /** Whether an infobox field of this name holds prose: {@code writer} does, {@code image_size} does not. */
  static boolean isProseField(String fieldName) {
    for (String part : NON_PROSE_FIELDS) {
      if (fieldName.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEnglish(String code) {
    return code.equals("en") || code.startsWith("en-");
  }

  private static TemplateRule languageSpan(String code, int param) {
    if (isEnglish(code)) {
      return new TemplateRule(param, Set.of(), MarkKind.ENGLISH, "en", 0, false, 0, Layout.INLINE);
    }
    if (code.startsWith("zh")) {
      return new TemplateRule(param, Set.of(), null, null, 0, false, 0, Layout.INLINE);
    }
    return new TemplateRule(param, Set.of(), MarkKind.FOREIGN, code, 0, false, 0, Layout.INLINE);
  }
}
