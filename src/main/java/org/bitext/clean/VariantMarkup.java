package org.bitext.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads zhwiki's {@code -{…}-} language-variant markup. */
final class VariantMarkup {
  private static final Pattern FLAGS = Pattern.compile("^([A-Za-z;\\s]{1,8})\\|");
  private static final Pattern VARIANT = Pattern.compile("^\\s*zh(?:-[a-z]+)?\\s*:\\s*(.*)$", Pattern.DOTALL);

  private VariantMarkup() {}

  /**
   * The text a reader sees: {@code -{A}-} shows A; {@code -{zh-hans:A;zh-hant:B}-} shows the first variant;
   * conversion rules ({@code -{H|…}-}, {@code -{T|…}-}) show nothing.
   */
  static String shownText(String content) {
    Matcher flags = FLAGS.matcher(content);
    if (flags.find()) {
      String flag = flags.group(1).strip();
      if (!flag.equals("R")) {
        return "";
      }
      return content.substring(flags.end());
    }
    int semicolon = content.indexOf(';');
    Matcher first = VARIANT.matcher(semicolon < 0 ? content : content.substring(0, semicolon));
    return first.matches() ? first.group(1).strip() : content;
  }
}
