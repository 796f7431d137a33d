package org.bitext.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bitext.align.WordSegmenter;

/** Cuts text into the longest words of a small vocabulary, other characters one by one: a segmenter's cut, fixed. */
public record VocabularySegmenter(List<String> words) implements WordSegmenter {
  public VocabularySegmenter(String... words) {
    this(List.of(words));
  }

  @Override
  public List<String> segment(String chinese) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chinese.length(); ) {
      int from = i;
      String word = words.stream().filter(w -> chinese.startsWith(w, from))
          .max(Comparator.comparingInt(String::length)).orElse(chinese.substring(i, i + 1));
      out.add(word);
      i += word.length();
    }
    return out;
  }
}
