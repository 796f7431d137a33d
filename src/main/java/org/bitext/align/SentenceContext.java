package org.bitext.align;

import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.common.Span;
import org.bitext.segment.Sentence;

/**
 * The sentences of an article around a pair's Chinese, as a CAT tool would see the segments around it: a tool
 * segments the article into these sentences, and a TM unit matches in context when its neighbours do.
 */
final class SentenceContext {
  private final CleanText clean;
  private final List<Sentence> sentences;

  /** @param sentences the article's sentences, in text order, as the splitter gives them */
  SentenceContext(CleanText clean, List<Sentence> sentences) {
    this.clean = clean;
    this.sentences = sentences;
  }

  /**
   * The sentence before the one holding {@code chinese}'s start and the sentence after the one holding its end;
   * {@link Context#NONE} when no sentence holds them.
   */
  Context around(Span chinese) {
    int first = holding(chinese.start());
    int last = holding(Math.max(chinese.start(), chinese.end() - 1));
    if (first < 0 || last < 0) {
      return Context.NONE;
    }
    return Context.ofChinese(first == 0 ? "" : text(first - 1), last + 1 == sentences.size() ? "" : text(last + 1));
  }

  private int holding(int offset) {
    return Sentence.indexHolding(sentences, offset);
  }

  private String text(int index) {
    Span span = sentences.get(index).span();
    return clean.slice(span.start(), span.end()).replaceAll("\\s+", " ").strip();
  }
}
