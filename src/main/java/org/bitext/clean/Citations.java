package org.bitext.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of a citation ({@code {{cite web|url=…|title=…}}}, or a bare URL) from its raw wikitext. */
final class Citations {
  private static final Pattern FIELD = Pattern.compile(
      "\\|\\s*(url|title|date|publisher|website|work|newspaper|agency)\\s*=\\s*([^|{}]*)");
  private static final Pattern BARE_URL = Pattern.compile("(?:https?:)?//[^\\s|\\]\\[<>{}\"]+");
  private static final Pattern LINK_MARKUP = Pattern.compile("\\[\\[(?:[^|\\]]*\\|)?([^\\]]*)]]|''+");

  private Citations() {}

  static Reference parse(String raw, String name, int anchor) {
    Map<String, String> fields = new HashMap<>();
    Matcher field = FIELD.matcher(raw);
    // Fields start at a bar: trying the pattern only there is much cheaper than find() trying every position.
    for (int bar = raw.indexOf('|'); bar >= 0; bar = raw.indexOf('|', bar + 1)) {
      if (field.region(bar, raw.length()).lookingAt()) {
        fields.putIfAbsent(field.group(1), plain(field.group(2)));
      }
    }
    String url = fields.getOrDefault("url", "");
    if (url.isEmpty()) {
      Matcher bare = BARE_URL.matcher(raw);
      url = bare.find() ? bare.group() : "";
    }
    String publisher = firstPresent(fields, "publisher", "website", "work", "newspaper", "agency");
    return new Reference(anchor, name, url, fields.getOrDefault("title", ""), fields.getOrDefault("date", ""),
        publisher, FootnoteOriginal.in(raw));
  }

  private static String firstPresent(Map<String, String> fields, String... keys) {
    for (String key : keys) {
      String value = fields.get(key);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  /** The text of links and italics without their markup: {@code [[a|b]]} is b, {@code ''x''} is x. */
  static String plain(String value) {
    if (!value.contains("[[") && !value.contains("''")) {
      return value.strip();
    }
    return LINK_MARKUP.matcher(value).replaceAll("$1").strip();
  }
}
