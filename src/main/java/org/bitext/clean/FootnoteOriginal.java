package org.bitext.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.common.Latin;

/**
 * The English original a footnote gives for the prose it annotates. A marker introduces it
 * ({@code <ref>原文：We will win.</ref>}, {@code {{efn|英文原文：…}}}, a citation followed by {@code 原文：…}), or the
 * footnote holds nothing but a name or title in English ({@code 萨克斯<ref>Saxo Grammaticus</ref>}). A cited
 * headline is neither (DESIGN §2).
 *
 * @param english the original, without markup
 * @param form how the footnote gives it
 */
public record FootnoteOriginal(String english, Form form) {
  /** How a footnote gives an original. */
  public enum Form {
    /** After a marker: 原文：… */
    MARKED,
    /** The footnote's whole text, a name or title: nothing else is in it. */
    BARE
  }

  private static final Pattern MARKER = Pattern.compile(
      "(?:英文|英語|英语)?原(?:文|話|话|句)(?:(?:為|为|是|如下)?\\s*[：:]\\s*|(?:為|为|是)\\s*(?=[\"“「『]))"
          + "|(?i:original(?: text| quote)?)\\s*:\\s*");
  /** Where a marked original stops: another citation, a link to a source, a tag, a line break, or Chinese. */
  private static final Pattern END = Pattern.compile("\\{\\{|\\[https?:|\\[//|<|\n|\\p{IsHan}");
  /** A name or title: two to six capitalised words, no digits (a short citation has a year or a page). */
  private static final Pattern BARE_NAME = Pattern.compile(
      "[A-Z][A-Za-z'’.\\-]*(?: (?:of|the|and|de|von|van|[A-Z][A-Za-z'’.\\-]*)){1,5}");
  private static final Pattern ENCLOSED = Pattern.compile("[\"“「『]([^\"“”「」『』]+)[\"”」』][.。]?");
  private static final int MIN_LETTERS = 2;
  /** Longer text after a marker is not one original; a longer footnote is not a bare name. Both bound the work. */
  private static final int LONGEST_ORIGINAL = 2000;
  private static final int LONGEST_BARE_NAME = 100;

  /** Most footnotes are citations with no marker at all: a plain search rules them out before the pattern runs. */
  private static boolean mayHoldMarker(String raw) {
    return raw.indexOf('原') >= 0 || raw.contains("riginal") || raw.contains("RIGINAL");
  }

  /** 原文為"…because as we know…": the marks around a quoted original are not part of it. */
  private static String withoutEnclosingQuotes(String original) {
    Matcher quoted = ENCLOSED.matcher(original);
    return quoted.matches() ? quoted.group(1).strip() : original;
  }

  /** The original in a footnote's raw wikitext, if it gives one. */
  static Optional<FootnoteOriginal> in(String raw) {
    Matcher marker = MARKER.matcher(raw);
    if (mayHoldMarker(raw) && marker.find()) {
      String rest = raw.substring(marker.end(), Math.min(raw.length(), marker.end() + LONGEST_ORIGINAL));
      Matcher end = END.matcher(rest);
      String original = withoutEnclosingQuotes(Citations.plain(end.find() ? rest.substring(0, end.start()) : rest)
          .replaceAll("[|}]+$", "").strip());
      return Latin.count(original) >= MIN_LETTERS
          ? Optional.of(new FootnoteOriginal(original, Form.MARKED))
          : Optional.empty();
    }
    if (raw.length() > LONGEST_BARE_NAME) {
      return Optional.empty();
    }
    String whole = Citations.plain(raw).replaceAll("^[\"“]|[\"”]$", "").strip();
    return BARE_NAME.matcher(whole).matches()
        ? Optional.of(new FootnoteOriginal(whole, Form.BARE))
        : Optional.empty();
  }
}
