package org.bitext.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.bitext.clean.CleanText;
import org.bitext.clean.WikitextCleaner;
import org.bitext.common.Span;
import org.bitext.segment.SentenceSplitter;
import org.bitext.testing.TestFinder;
import org.junit.jupiter.api.Test;

/** A quotation given in both languages, paired sentence by sentence where its sentences correspond. */
class SentenceBySentenceTest {
  private static List<String> found(String wikitext) {
    CleanText clean = new WikitextCleaner().clean(wikitext);
    return TestFinder.get().find(clean, new SentenceSplitter().split(clean)).stream()
        .map(candidate -> candidate.english() + " | "
            + clean.slice(candidate.chinese().start(), candidate.chinese().end()))
        .toList();
  }

  private static List<String> parts(String side, Pattern end) {
    return SentenceBySentence.parts(side, end).stream().map((Span part) -> side.substring(part.start(),
        part.end())).toList();
  }

  @Test
  void sidesSplitAtTheirSentenceEnds() {
    assertThat(parts("Today, the boast is 'Ich bin ein Berliner'… All free men are citizens. Mr. H. W. Smith agrees.",
        SentenceBySentence.ENGLISH_END))
        .containsExactly("Today, the boast is 'Ich bin ein Berliner'…", "All free men are citizens.",
            "Mr. H. W. Smith agrees.");
    assertThat(parts("我是认真的……還有不要叫我雪莉。「好。」他說。", SentenceBySentence.CHINESE_END))
        .containsExactly("我是认真的……", "還有不要叫我雪莉。", "「好。」", "他說。");
  }

  /** From zhwiki 生活大爆炸: a footnote's two sentences and the quotation's two, each with its own. */
  @Test
  void aQuotationOfCorrespondingSentencesIsPairedSentenceBySentence() {
    assertThat(found("他曾說：「我们会赢得这场战争。我们永远不会投降。」<ref>原文：We will win this war. "
        + "We shall never surrender.</ref>"))
        .containsExactly("We will win this war. | 我们会赢得这场战争。", "We shall never surrender. | 我们永远不会投降。");
  }

  @Test
  void aQuotationOfOneSentenceOnASideStaysWhole() {
    assertThat(found("他曾說：「我们会赢得这场战争，永远不会投降。」<ref>原文：We will win this war. "
        + "We shall never surrender.</ref>"))
        .containsExactly("We will win this war. We shall never surrender. | 我们会赢得这场战争，永远不会投降。");
  }
}
