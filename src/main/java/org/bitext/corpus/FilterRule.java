package org.bitext.corpus;

import java.util.Locale;

/** Each test of a {@link PairFilter}, for the report of what each one left out. */
public enum FilterRule {
  MIN_SCORE,
  MIN_LENGTH,
  MAX_LENGTH,
  MIN_RATIO,
  MAX_RATIO;

  /** The option that sets it: {@code --min-score}. */
  public String option() {
    return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
