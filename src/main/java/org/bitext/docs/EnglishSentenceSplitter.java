package org.bitext.docs;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * English sentences by CoreNLP's tokenizer and sentence splitter (rules only, no model): abbreviations (Mr., U.S.),
 * quotes closing after the full stop, ellipses and decimal numbers stay inside a sentence. Each sentence is the
 * source text from its first token to its last, so nothing is normalised.
 */
public final class EnglishSentenceSplitter {
  private final WordToSentenceProcessor<CoreLabel> sentences = new WordToSentenceProcessor<>();

  public List<String> split(String paragraph) {
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(paragraph), new CoreLabelTokenFactory(),
        "invertible=true,untokenizable=noneKeep");
    List<CoreLabel> tokens = tokenizer.tokenize();
    List<String> result = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences.process(tokens)) {
      if (!sentence.isEmpty()) {
        int start = sentence.get(0).beginPosition();
        int end = sentence.get(sentence.size() - 1).endPosition();
        result.add(paragraph.substring(start, end));
      }
    }
    return result;
  }
}
