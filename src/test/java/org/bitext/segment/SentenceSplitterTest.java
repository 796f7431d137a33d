package org.bitext.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.PlainTextCleaner;
import org.junit.jupiter.api.Test;

/** Sentences of clean text: at 。！？ and at . ! ? before white space, never inside quotes or parentheses. */
class SentenceSplitterTest {
  private static List<String> split(String text) {
    CleanText clean = new PlainTextCleaner().clean(text);
    return new SentenceSplitter().split(clean).stream()
        .map(sentence -> clean.slice(sentence.span().start(), sentence.span().end())).toList();
  }

  @Test
  void splitsAtChineseFullStops() {
    assertThat(split("他离开了。大家都笑了！真的吗？是的。"))
        .containsExactly("他离开了。", "大家都笑了！", "真的吗？", "是的。");
  }

  /** A quotation and the clause that reports it stay one sentence, whichever comes first. */
  @Test
  void neverSplitsInsideQuotesOrParentheses() {
    assertThat(split("他说：「我们会赢。」随后离开。大家都笑了！"))
        .containsExactly("他说：「我们会赢。」随后离开。", "大家都笑了！");
    assertThat(split("「我相信这是对的。我们会赢。」他说。"))
        .containsExactly("「我相信这是对的。我们会赢。」他说。");
    assertThat(split("原文（I believe it. We will win.）如此。"))
        .containsExactly("原文（I believe it. We will win.）如此。");
  }

  /**
   * A parenthesis right after a full stop annotates the sentence before it, so that full stop does not end the
   * sentence; the next one does (the finder needs only the parenthesis and its sentence together).
   */
  @Test
  void aParenthesisAfterAFullStopStaysWithItsSentence() {
    assertThat(split("南奥塞梯人民支持。（\"South Ossetia supports it.\"）次句。再一句。"))
        .containsExactly("南奥塞梯人民支持。（\"South Ossetia supports it.\"）次句。", "再一句。");
  }

  @Test
  void englishFullStopsEndASentenceOnlyBeforeWhiteSpace() {
    assertThat(split("Version 3.14 is out. It works.")).containsExactly("Version 3.14 is out.", "It works.");
  }

  @Test
  void eachLineIsSplitOnItsOwn() {
    assertThat(split("第一行没有句号\n第二行。")).containsExactly("第一行没有句号", "第二行。");
  }
}
