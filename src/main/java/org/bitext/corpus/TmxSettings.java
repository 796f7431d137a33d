package org.bitext.corpus;

import java.util.Objects;
import org.bitext.lexicon.ChineseScript;

/**
 * The language tags of the output and which side is the source.
 *
 * @param englishTag the English {@code xml:lang}, {@code en-US} by default
 * @param chineseTag the Chinese {@code xml:lang}, or empty to detect it per file: {@code zh-CN} when most of its
 *     pairs come from articles in simplified script, {@code zh-TW} when most are traditional
 * @param chineseIsSource whether the Chinese {@code tuv} comes first and is {@code srclang}; the English is the
 *     original, so by default it is the source
 */
public record TmxSettings(String englishTag, String chineseTag, boolean chineseIsSource) {
  public TmxSettings {
    Objects.requireNonNull(englishTag, "englishTag");
    Objects.requireNonNull(chineseTag, "chineseTag");
  }

  public static TmxSettings defaults() {
    return new TmxSettings("en-US", "", false);
  }

  boolean detectsChineseTag() {
    return chineseTag.isEmpty();
  }

  /** The tag for a file whose pairs are mostly in {@code script}, unless an option fixed it. */
  String chineseTag(ChineseScript script) {
    if (!detectsChineseTag()) {
      return chineseTag;
    }
    return script == ChineseScript.TRADITIONAL ? "zh-TW" : "zh-CN";
  }
}
