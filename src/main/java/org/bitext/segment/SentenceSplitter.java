package org.bitext.segment;

import org.bitext.common.Punctuation;
import org.bitext.common.Brackets;
import java.util.ArrayList;
import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.common.Span;

/**
 * Splits each line of clean text into sentences at 。！？ (and at . ! ? before white space), but never inside
 * quotation marks or brackets: a quoted statement with its own full stop stays in the sentence that reports it.
 * Closing quotes and brackets right after a terminator belong to the sentence they close, and a parenthesis right
 * after one annotates it (（英文原文：…）), so it stays in the sentence too.
 */
public final class SentenceSplitter {

  public List<Sentence> split(CleanText clean) {
    List<Sentence> sentences = new ArrayList<>();
    for (Line line : clean.lines()) {
      splitLine(clean.text(), line.start(), line.end(), sentences);
    }
    return sentences;
  }

  private static void splitLine(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
    int start = lineStart;
    int depth = 0;
    for (int i = lineStart; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (Brackets.isOpener(c)) {
        depth++;
      } else if (Brackets.isCloser(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && endsSentence(text, i, lineEnd)) {
        int end = i + 1;
        while (end < lineEnd && (Brackets.isCloser(text.charAt(end)) || Punctuation.isChineseSentenceEnd(text.charAt(end)))) {
          end++;
        }
        int next = skipWhitespace(text, end, lineEnd);
        if (next < lineEnd && Brackets.isParenOpener(text.charAt(next))) {
          // Resume past what was just read, so a run of terminators is not read again from each one.
          i = next - 1;
          continue;
        }
        add(text, start, end, sentences);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, lineEnd, sentences);
  }

  private static boolean endsSentence(String text, int i, int lineEnd) {
    char c = text.charAt(i);
    if (Punctuation.isChineseSentenceEnd(c)) {
      return true;
    }
    return Punctuation.isLatinSentenceEnd(c) && (i + 1 == lineEnd || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static int skipWhitespace(String text, int index, int lineEnd) {
    int i = index;
    while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, List<Sentence> sentences) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < end) {
      sentences.add(new Sentence(new Span(start, end)));
    }
  }
}
