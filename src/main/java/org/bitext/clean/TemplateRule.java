package org.bitext.clean;

import java.util.Locale;
import java.util.Set;

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
 */
record TemplateRule(int shownParam, Set<String> shownNames, MarkKind markKind, String markValue, int capturedParam,
    boolean citation, int displayParam) {

  private static final TemplateRule DROPPED = new TemplateRule(0, Set.of(), null, null, 0, false, 0);
  private static final TemplateRule CITATION = new TemplateRule(0, Set.of(), null, null, 0, true, 0);
  private static final TemplateRule INTERLANGUAGE_LINK =
      new TemplateRule(1, Set.of(), MarkKind.INTERLANGUAGE, null, 2, false, 3);
  /**
   * {{tsl|en|Texas Monthly|德克萨斯月刊|display}}: a link to an article not yet translated, named in its language
   * and in Chinese; an interlanguage link when the language is English, else the Chinese title as prose.
   */
  private static final TemplateRule ENGLISH_TRANSLATED_LINK =
      new TemplateRule(3, Set.of(), MarkKind.INTERLANGUAGE, null, 2, false, 4);
  private static final TemplateRule TRANSLATED_LINK = new TemplateRule(3, Set.of(), null, null, 0, false, 4);
  private static final TemplateRule INLINE_TEXT = new TemplateRule(1, Set.of(), null, null, 0, false, 0);
  private static final TemplateRule QUOTE =
      new TemplateRule(1, Set.of("text", "quote", "1"), null, null, 0, false, 0);
  /**
   * Templates whose first parameter is prose. {{僻字|𬬻|⿰钅卢}} shows a rare character; the rest is for fonts
   * without it.
   */
  private static final Set<String> INLINE_TEXT_NAMES =
      Set.of("nowrap", "nobr", "small", "big", "lang-zh", "lang-zh-hans", "lang-zh-hant", "linktext", "bd",
          "僻字");
  /** Notes shown at the foot of the page: kept, like citations, since one may give an original. */
  private static final Set<String> NOTE_NAMES = Set.of("efn", "notetag", "note", "refn", "efn-ua", "efn-lr");
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
    if (name.equals("le") || name.equals("link-en")) {
      return INTERLANGUAGE_LINK;
    }
    if (name.equals("tsl")) {
      return isEnglish(firstParam.strip().toLowerCase(Locale.ROOT)) ? ENGLISH_TRANSLATED_LINK : TRANSLATED_LINK;
    }
    if (name.startsWith("link-")) {
      return INLINE_TEXT;
    }
    if (name.startsWith("cite") || name.equals("citation") || name.startsWith("citation ")
        || NOTE_NAMES.contains(name)) {
      return CITATION;
    }
    if (INLINE_TEXT_NAMES.contains(name)) {
      return INLINE_TEXT;
    }
    return QUOTE_NAMES.contains(name) ? QUOTE : DROPPED;
  }

  private static boolean isEnglish(String code) {
    return code.equals("en") || code.startsWith("en-");
  }

  private static TemplateRule languageSpan(String code, int param) {
    if (isEnglish(code)) {
      return new TemplateRule(param, Set.of(), MarkKind.ENGLISH, "en", 0, false, 0);
    }
    if (code.startsWith("zh")) {
      return new TemplateRule(param, Set.of(), null, null, 0, false, 0);
    }
    return new TemplateRule(param, Set.of(), MarkKind.FOREIGN, code, 0, false, 0);
  }
}
