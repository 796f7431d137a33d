package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitext.align.EnglishOriginal.Trimmed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trimming the English of a candidate to the original (DESIGN §2, "en is the English original"). */
class EnglishOriginalTest {
  /** The English {@code raw} keeps, for tests of later steps. */
  static String kept(String raw) {
    return ((Trimmed.Kept) EnglishOriginal.trim(raw)).english();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "I believe the recognition of the Donetsk republic is the right step,|I believe the recognition of the Donetsk republic is the right step",
      "`\"South Ossetia's people support and hail the decision.\"`|South Ossetia's people support and hail the decision.",
      "“Make America Great Again”，縮寫：MAGA|Make America Great Again",
      "three-fifths compromise，每位黑奴按五分之三人口计算|three-fifths compromise",
      "英語：Iron Curtain|Iron Curtain",
      "DSL，domain-specific language|domain-specific language",
      "`  Turing   test  `|Turing test",
      "liberty; and|liberty",
      "World Health Organization, WHO|World Health Organization",
      "`\"Open the pod bay doors please, HAL.\"`|Open the pod bay doors please, HAL.",
      "Of all the gin joints in all the world，she walks into mine.|Of all the gin joints in all the world，she walks into mine.",
      "Higgs boson，God particle|Higgs boson",
  })
  void keepsTheOriginal(String raw, String original) {
    assertThat(EnglishOriginal.trim(raw)).isEqualTo(new Trimmed.Kept(original));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "法語：Liberté, égalité, fraternité|labelled as another language (法語)",
      "，；|no English left after trimming",
  })
  void refusesWhatHoldsNoEnglishOriginal(String raw, String reason) {
    assertThat(EnglishOriginal.trim(raw)).isEqualTo(new Trimmed.Refused(reason));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "World Health Organization, WHO|World Health Organization|true",
      "Higher Order Function, HOF|Higher Order Function|true",
      "Open-Source Software, OSS|Open-Source Software|true",
      "Carnegie Mellon University, CMU|Carnegie Mellon University|true",
      "United Nations, NATO|United Nations|false",
      "World Health Organization|World Health Organization|false",
      "IBM Research|IBM Research|false",
  })
  void seesWhenTheEnglishGivesItsOwnAcronym(String raw, String kept, boolean given) {
    assertThat(EnglishOriginal.givesItsAcronym(raw, kept)).isEqualTo(given);
  }
}
