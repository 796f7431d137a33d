package org.bitext.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation marks and brackets: which close which. */
class BracketsTest {
  @Test
  void aQuotationClosesAtItsOwnCloserWithQuotationsInsideCounted() {
    String text = "他說：「她說『好』，我們走。」然後";
    int open = text.indexOf('「');
    assertThat(Brackets.quoteCloser(text, open, text.length())).isEqualTo(text.indexOf('」'));
    assertThat(Brackets.quoteCloser(text, open, text.indexOf('」'))).as("not before the end given").isEqualTo(-1);
  }
}
