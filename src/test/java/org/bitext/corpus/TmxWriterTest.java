package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

class TmxWriterTest {
  @TempDir
  Path folder;

  private static Pair pair(String zh, String en) {
    return new Pair(zh, en, PairKind.TERM, 0.75, new Provenance("图灵测试", "a.wikitext", "历史", "", "",
        FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE, ChineseScript.UNKNOWN));
  }

  private Path write(TmxSettings settings, Pair... pairs) throws Exception {
    Path target = folder.resolve("out.tmx");
    try (TmxWriter writer = new TmxWriter(target, settings)) {
      for (Pair pair : pairs) {
        writer.write(pair);
      }
      writer.commit();
    }
    return target;
  }

  @Test
  void writesDtdValidTmxThatOkapiAndOmegatReadBack() throws Exception {
    Path tmx = write(TmxSettings.defaults(), pair("图灵测试", "Turing test"), pair("雷丁大學", "University of Reading"));
    assertThat(TmxDtd.errors(tmx)).isEmpty();
    assertThat(OkapiTmx.read(tmx, "en-US", "zh-CN")).containsExactly(
        new OkapiTmx.Unit("Turing test", "图灵测试"), new OkapiTmx.Unit("University of Reading", "雷丁大學"));
    assertThat(OmegatTmx.read(tmx, "en-US", "zh-CN")).containsExactly(
        new OmegatTmx.Unit("Turing test", "图灵测试", "term"),
        new OmegatTmx.Unit("University of Reading", "雷丁大學", "term"));
  }

  @Test
  void putsChineseFirstAndMakesItSrclangWhenAsked() throws Exception {
    Path tmx = write(new TmxSettings("en-GB", "zh-TW", true), pair("雷丁大學", "University of Reading"));
    String xml = Files.readString(tmx);
    assertThat(xml).contains("srclang=\"zh-TW\"");
    assertThat(xml.indexOf("xml:lang=\"zh-TW\"")).isLessThan(xml.indexOf("xml:lang=\"en-GB\""));
    assertThat(OkapiTmx.read(tmx, "zh-TW", "en-GB")).containsExactly(
        new OkapiTmx.Unit("雷丁大學", "University of Reading"));
    assertThat(OmegatTmx.read(tmx, "zh-TW", "en-GB")).containsExactly(
        new OmegatTmx.Unit("雷丁大學", "University of Reading", "term"));
  }

  @Test
  void dropsCharactersXmlForbidsInsteadOfEscapingThem() throws Exception {
    Path tmx = write(TmxSettings.defaults(), pair("图灵\u0001测试", "Turing\u0000 test\uFFFE"));
    String xml = Files.readString(tmx);
    assertThat(xml).contains("<seg>Turing test</seg>", "<seg>图灵测试</seg>").doesNotContain("&#");
    assertThat(TmxDtd.errors(tmx)).isEmpty();
  }

  @Test
  void givesEachPairAStableIdFromArticleAndText() throws Exception {
    Path tmx = write(TmxSettings.defaults(), pair("图灵测试", "Turing test"));
    String xml = Files.readString(tmx);
    assertThat(xml).contains("tuid=\"" + UnitId.of("图灵测试", "Turing test", "图灵测试") + "\"");
    assertThat(UnitId.of("图灵测试", "Turing test", "图灵测试")).hasSize(16)
        .isNotEqualTo(UnitId.of("圖靈測試", "Turing test", "圖靈測試"));
  }

  @Test
  void flagsSegmentsTradosWouldTruncate() throws Exception {
    Path tmx = write(TmxSettings.defaults(), pair("长".repeat(2001), "long"));
    assertThat(Files.readString(tmx)).contains("<prop type=\"x-long-segment\">");
  }

  @Test
  void writesUtf8WithoutBomOrDateAndTheSameBytesEveryTime() throws Exception {
    byte[] first = Files.readAllBytes(write(TmxSettings.defaults(), pair("图灵测试", "Turing test")));
    byte[] second = Files.readAllBytes(write(TmxSettings.defaults(), pair("图灵测试", "Turing test")));
    assertThat(first).isEqualTo(second);
    assertThat(new String(first, 0, 5, StandardCharsets.UTF_8)).isEqualTo("<?xml");
    assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("creationdate", "xmlns");
  }

  @Test
  void showsNothingUnderTheFinalNameUntilCommitted() throws Exception {
    Path target = folder.resolve("out.tmx");
    Files.writeString(target, "previous complete file");
    try (TmxWriter writer = new TmxWriter(target, TmxSettings.defaults())) {
      writer.write(pair("图灵测试", "Turing test"));
      assertThat(Files.readString(target)).isEqualTo("previous complete file");
    }
    assertThat(Files.readString(target)).isEqualTo("previous complete file");
    try (var left = Files.list(folder)) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void holdsNoUnitWhenThereAreNoPairsAndStaysValid() throws Exception {
    Path tmx = write(TmxSettings.defaults());
    assertThat(TmxDtd.errors(tmx)).isEmpty();
    assertThat(OkapiTmx.read(tmx, "en-US", "zh-CN")).isEqualTo(List.of());
  }
}
