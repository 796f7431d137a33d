package org.bitext.corpus;

import org.bitext.lexicon.ChineseScript;

/** How a detected Chinese tag names the script an output's pairs are mostly in. */
public enum ChineseTagScheme {
  /** {@code zh-CN} or {@code zh-TW}: the region subtags every CAT tool knows (Wordfast Classic takes no more than 5 characters). */
  REGION,
  /** {@code zh-Hans} or {@code zh-Hant}: BCP 47 script subtags, which say what the detection measures. */
  SCRIPT;

  String tagFor(ChineseScript script) {
    boolean traditional = script == ChineseScript.TRADITIONAL;
    if (this == SCRIPT) {
      return traditional ? "zh-Hant" : "zh-Hans";
    }
    return traditional ? "zh-TW" : "zh-CN";
  }
}
