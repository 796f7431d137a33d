package org.bitext.glossary;

import java.util.Objects;

/**
 * The language tags of a glossary and which side is the source (the first column of OmegaT's TSV and of the CSV).
 *
 * @param english the English tag
 * @param chinese the Chinese tag
 * @param chineseIsSource whether Chinese comes first; by default English, the original, does
 */
public record GlossaryLanguages(String english, String chinese, boolean chineseIsSource) {
  public GlossaryLanguages {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(chinese, "chinese");
  }
}
