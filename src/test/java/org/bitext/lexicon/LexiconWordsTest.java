package org.bitext.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

/** {@link Lexicon#wordsIn} finds every headword in a text, overlapping ones included, by start then end. */
class LexiconWordsTest {
  private final Lexicon lexicon = TestLexicon.get();

  @Test
  void findsEveryHeadwordOverlappingOnesIncluded() {
    List<String> words = lexicon.wordsIn("海牙国际法学院").stream()
        .map(word -> "海牙国际法学院".substring(word.start(), word.end())).toList();

    assertThat(words).contains("海牙", "国际", "国际法", "法学", "法学院", "学院");
  }

  @Test
  void glossesEachWordWithItsEnglishStems() {
    assertThat(lexicon.wordsIn("海牙")).anySatisfy(word -> {
      assertThat(word.start()).isEqualTo(0);
      assertThat(word.end()).isEqualTo(2);
      assertThat(word.glossStems()).contains("hagu");
    });
  }

  /** The look-ups it passes over are only those that cannot be headwords: real articles, every substring tried. */
  @Test
  void findsWhatLookingUpEverySubstringFinds() throws IOException {
    for (Path article : TestFiles.sampleAndDevWikitext()) {
      String text = Files.readString(article);
      List<String> found = lexicon.wordsIn(text).stream().map(word -> word.start() + "-" + word.end()).toList();
      assertThat(found).as(article.toString()).isEqualTo(everyHeadword(text));
    }
  }

  private List<String> everyHeadword(String text) {
    List<String> words = new ArrayList<>();
    for (int start = 0; start < text.length(); start++) {
      for (int end = start + 1; end <= Math.min(text.length(), start + 8); end++) {
        if (lexicon.isWord(text.substring(start, end))) {
          words.add(start + "-" + end);
        }
      }
    }
    return words;
  }
}
