package org.bitext.corpus;

import java.util.Objects;

/**
 * The language tags of a TMX file and which side is its source.
 *
 * @param englishTag the English {@code xml:lang}, {@code en-US} by default
 * @param chineseTag the Chinese {@code xml:lang}, {@code zh-CN} for simplified script, {@code zh-TW} for traditional
 * @param chineseIsSource whether the Chinese {@code tuv} comes first and is {@code srclang}; the English is the
 *     original, so by default it is the source
 */
public record TmxSettings(String englishTag, String chineseTag, boolean chineseIsSource) {
  public TmxSettings {
    Objects.requireNonNull(englishTag, "englishTag");
    Objects.requireNonNull(chineseTag, "chineseTag");
  }

  public static TmxSettings defaults() {
    return new TmxSettings("en-US", "zh-CN", false);
  }

  String sourceTag() {
    return chineseIsSource ? chineseTag : englishTag;
  }
}
