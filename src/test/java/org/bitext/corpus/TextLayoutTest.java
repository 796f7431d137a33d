package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text layouts other pipelines expect: OPUS's Moses names, bicleaner's column order. */
class TextLayoutTest {
  @TempDir
  Path folder;

  private static final List<Pair> PAIRS = List.of(
      new Pair("图灵测试", "Turing test", PairKind.TERM, 0.756, new Provenance("图灵测试", "a.wikitext", "历史", "", "",
          FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE, ChineseScript.SIMPLIFIED)),
      new Pair("我相信\t这是对的", "I believe\nit is right", PairKind.SENTENCE, 0.9, new Provenance("文章", "b.txt", "",
          "某人", "http://example.org/a", FindPattern.PAREN_IN_QUOTE, new Span(0, 1), Span.NONE,
          ChineseScript.SIMPLIFIED)));

  private void write(OutputFormat format, Path target, TextLayout layout) throws Exception {
    try (PairWriter writer = PairWriters.open(format, target, TmxSettings.defaults(), layout)) {
      for (Pair pair : PAIRS) {
        writer.write(pair);
      }
      writer.commit();
    }
  }

  @Test
  void opusMosesNamesCarryTheLanguagePair() throws Exception {
    write(OutputFormat.MOSES, folder.resolve("wiki.moses"),
        new TextLayout(TextLayout.MosesNames.OPUS, TextLayout.TsvColumns.BITEXT));
    assertThat(Files.readAllLines(folder.resolve("wiki.en-zh.en"))).containsExactly("Turing test",
        "I believe it is right");
    assertThat(Files.readAllLines(folder.resolve("wiki.en-zh.zh"))).containsExactly("图灵测试", "我相信 这是对的");
    assertThat(folder.resolve("wiki.en")).doesNotExist();
  }

  @Test
  void bicleanerColumnsPutTheTextsFirstAndTheScoreLastWithoutAHeader() throws Exception {
    Path tsv = folder.resolve("wiki.tsv");
    write(OutputFormat.TSV, tsv, new TextLayout(TextLayout.MosesNames.BITEXT, TextLayout.TsvColumns.BICLEANER));
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).split("\t", -1)).containsExactly("Turing test", "图灵测试", "term", "图灵测试", "历史", "", "",
        "paren-after-text", "0.756");
    assertThat(lines.get(1).split("\t", -1)).hasSize(9).startsWith("I believe it is right", "我相信 这是对的")
        .endsWith("0.900");
  }

  @Test
  void theDefaultLayoutIsTodaysOutput() throws Exception {
    Path tsv = folder.resolve("plain.tsv");
    write(OutputFormat.TSV, tsv, TextLayout.defaults());
    assertThat(Files.readAllLines(tsv).get(0)).isEqualTo(TsvWriter.HEADER);
    write(OutputFormat.MOSES, folder.resolve("plain.moses"), TextLayout.defaults());
    assertThat(folder.resolve("plain.en")).exists();
    assertThat(folder.resolve("plain.zh")).exists();
  }
}
