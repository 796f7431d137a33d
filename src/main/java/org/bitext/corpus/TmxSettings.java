package org.bitext.corpus;

import java.util.Objects;
import java.util.Optional;
import org.bitext.lexicon.ChineseScript;

/**
 * The language tags of the output, which side is the source, and the tool it is written for.
 *
 * @param englishTag the English {@code xml:lang}, {@code en-US} by default
 * @param chineseTag the Chinese {@code xml:lang}, or empty to detect it per file: {@code zh-CN} when most of its
 *     pairs come from articles in simplified script, {@code zh-TW} when most are traditional
 * @param chineseIsSource whether the Chinese {@code tuv} comes first and is {@code srclang}; the English is the
 *     original, so by default it is the source
 * @param profile the CAT tool the TMX is written for
 * @param creationId the {@code creationid} of every unit; empty for the profile's default
 * @param detectedTags how a detected Chinese tag is spelled: region ({@code zh-CN}) or script ({@code zh-Hans})
 * @param shards how the output is cut into shards, if it is
 */
public record TmxSettings(String englishTag, String chineseTag, boolean chineseIsSource, TmxProfile profile,
    Optional<String> creationId, ChineseTagScheme detectedTags, Shards shards) {
  public TmxSettings {
    Objects.requireNonNull(englishTag, "englishTag");
    Objects.requireNonNull(chineseTag, "chineseTag");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(creationId, "creationId");
    Objects.requireNonNull(detectedTags, "detectedTags");
    Objects.requireNonNull(shards, "shards");
  }

  /** One file for these settings. */
  public TmxSettings(String englishTag, String chineseTag, boolean chineseIsSource, TmxProfile profile,
      Optional<String> creationId, ChineseTagScheme detectedTags) {
    this(englishTag, chineseTag, chineseIsSource, profile, creationId, detectedTags, Shards.NONE);
  }

  /** Generic TMX with these tags. */
  public TmxSettings(String englishTag, String chineseTag, boolean chineseIsSource) {
    this(englishTag, chineseTag, chineseIsSource, TmxProfile.GENERIC, Optional.empty(), ChineseTagScheme.REGION);
  }

  public static TmxSettings defaults() {
    return new TmxSettings("en-US", "", false);
  }

  /** The same settings for another tool. */
  public TmxSettings withProfile(TmxProfile tool) {
    return new TmxSettings(englishTag, chineseTag, chineseIsSource, tool, creationId, detectedTags, shards);
  }

  /** The same settings, the output cut into {@code cut}. */
  public TmxSettings withShards(Shards cut) {
    return new TmxSettings(englishTag, chineseTag, chineseIsSource, profile, creationId, detectedTags, cut);
  }

  boolean detectsChineseTag() {
    return chineseTag.isEmpty();
  }

  /** The creation id written on every unit, if any. */
  Optional<String> unitCreationId() {
    return creationId.or(profile::defaultCreationId);
  }

  /** The Chinese tag of an output (a glossary, a dataset) whose pairs are mostly in {@code script}. */
  public String chineseTagFor(ChineseScript script) {
    return chineseTag(script);
  }

  /** The tag for a file whose pairs are mostly in {@code script}, unless an option fixed it. */
  String chineseTag(ChineseScript script) {
    if (!detectsChineseTag()) {
      return chineseTag;
    }
    return detectedTags.tagFor(script);
  }
}
