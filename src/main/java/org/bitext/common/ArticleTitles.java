package org.bitext.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article title as the reader takes it, for the pairs interlanguage links give: the target {@code Space
 * Shuttle#Orbiter} names the article Space Shuttle; {@code Scream (1996 film)} and 達西 (單位) carry a
 * disambiguation that is no part of the name; a URL-style {@code Animal_Crackers} has spaces.
 */
public final class ArticleTitles {
  /** A closing parenthesis group at the end, after at least one other character. */
  private static final Pattern DISAMBIGUATION = Pattern.compile("(?<=\\S)\\s*[(（][^()（）]+[)）]\\s*$");

  private ArticleTitles() {}

  public static String english(String target) {
    String title = target;
    int section = title.indexOf('#');
    if (section > 0) {
      title = title.substring(0, section);
    }
    title = title.replace('_', ' ').strip();
    return withoutDisambiguation(title);
  }

  /** A title without the disambiguation at its end: 達西 (單位) → 達西. */
  public static String withoutDisambiguation(String title) {
    Matcher matcher = DISAMBIGUATION.matcher(title);
    return matcher.find() ? title.substring(0, matcher.start()) : title;
  }

  /** The part of {@code span} of {@code text} before a disambiguation at its end, or the span as it is. */
  public static Span chinese(String text, Span span) {
    Matcher matcher = DISAMBIGUATION.matcher(text).region(span.start(), span.end());
    return matcher.find() ? new Span(span.start(), matcher.start()) : span;
  }
}
