package org.bitext.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bitext.clean.FootnoteOriginal.Form;
import org.junit.jupiter.api.Test;

/** What a footnote's raw wikitext gives as an English original, on inline examples. */
class FootnoteOriginalTest {
  @Test
  void aMarkerIntroducesTheOriginal() {
    assertThat(FootnoteOriginal.in("原文：We will win."))
        .contains(new FootnoteOriginal("We will win.", Form.MARKED));
    assertThat(FootnoteOriginal.in("英文原文為：「I believe it.」"))
        .contains(new FootnoteOriginal("I believe it.", Form.MARKED));
    assertThat(FootnoteOriginal.in("原文為\"...because as we know, there are known knowns.\""))
        .as("原文為 and a quotation mark, no colon")
        .contains(new FootnoteOriginal("...because as we know, there are known knowns.", Form.MARKED));
    assertThat(FootnoteOriginal.in("原文為英國首相所說")).isEmpty();
    assertThat(FootnoteOriginal.in("Original text: We will win."))
        .contains(new FootnoteOriginal("We will win.", Form.MARKED));
  }

  @Test
  void theOriginalStopsAtACitationALinkOrChineseAndLosesItsMarkup() {
    assertThat(FootnoteOriginal.in("原文：ask [[Douglas_Hofstadter|Douglas Hofstadter]]. {{cite web|url=x}}"))
        .map(FootnoteOriginal::english).contains("ask Douglas Hofstadter.");
    assertThat(FootnoteOriginal.in("原文：''We will win.'' 中文譯文略")).map(FootnoteOriginal::english)
        .contains("We will win.");
    assertThat(FootnoteOriginal.in("[http://x.org Nixon's speech] 原文：And so tonight")).map(FootnoteOriginal::english)
        .contains("And so tonight");
  }

  @Test
  void aMarkerBeforeChineseOrNothingGivesNone() {
    assertThat(FootnoteOriginal.in("原文：我們會贏。")).isEmpty();
    assertThat(FootnoteOriginal.in("原文：")).isEmpty();
  }

  @Test
  void aFootnoteOfNothingButANameIsABareOriginal() {
    assertThat(FootnoteOriginal.in("Saxo Grammaticus")).contains(new FootnoteOriginal("Saxo Grammaticus", Form.BARE));
    assertThat(FootnoteOriginal.in("''Bad Quarto''")).contains(new FootnoteOriginal("Bad Quarto", Form.BARE));
  }

  @Test
  void citationsAreNotOriginals() {
    assertThat(FootnoteOriginal.in("{{cite news|title=We Will Win|url=http://x.org}}")).isEmpty();
    assertThat(FootnoteOriginal.in("Smith 2003, p. 5")).isEmpty();
    assertThat(FootnoteOriginal.in("Ibid.")).isEmpty();
    assertThat(FootnoteOriginal.in("[http://x.org The Times]")).isEqualTo(Optional.empty());
  }
}
