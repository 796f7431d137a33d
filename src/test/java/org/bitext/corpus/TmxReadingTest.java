package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.testing.TestFiles;
import org.bitext.cli.BitextCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, validating and counting real TMX files written by other tools (src/test/resources/tmx, SOURCES.md). */
class TmxReadingTest {
  @TempDir
  Path folder;

  private static Path sample(String name) {
    return TestFiles.resource("tmx/" + name);
  }

  private static List<TmxUnit> read(Path tmx) throws Exception {
    List<TmxUnit> units = new ArrayList<>();
    new TmxReader().read(tmx, units::add);
    return units;
  }

  @Test
  void readsUtf16WithABomKeepingWhitespaceFromCharacterReferences() throws Exception {
    List<TmxUnit> units = read(sample("lisa-ImportTest1A-utf16.tmx"));
    assertThat(units).hasSize(2);
    assertThat(units.get(0).text("en").orElseThrow()).isEqualTo("First segment with [\t\t   ]");
    assertThat(units.get(1).text("fr").orElseThrow()).isEqualTo("Second segment avec [  \t\t]");
  }

  @Test
  void decodesHexAndDecimalCharacterReferences() throws Exception {
    List<TmxUnit> units = read(sample("lisa-ImportTest1E-charrefs.tmx"));
    assertThat(units).extracting(unit -> unit.variants().get(0).text())
        .containsExactly("à=agrave, é=eacute, æ=aelig", "ÿ=U+00FF, ™=U+2122, ’=U+2019", "“=U+201C, –=U+2013, ¤=U+00A4");
    assertThat(units).allSatisfy(unit ->
        assertThat(unit.variants().get(0).text()).isEqualTo(unit.variants().get(1).text()));
  }

  @Test
  void leavesLevel2InlineCodesOutOfTheText() throws Exception {
    List<TmxUnit> units = read(sample("lisa-ImportTest2A-level2.tmx"));
    assertThat(units.get(0).text("en").orElseThrow().strip()).isEqualTo("The big black cat sleeps.");
    assertThat(units.get(0).text("fr").orElseThrow().strip()).isEqualTo("Le gros chat noir dors.");
  }

  @Test
  void findsChineseUnderAnyOfItsTags() throws Exception {
    List<TmxUnit> units = read(sample("modernmt-Memory.en__zh.tmx"));
    assertThat(units).extracting(unit -> unit.variants().get(1).language()).contains("zh", "zh-CN", "zh-TW");
    assertThat(units).extracting(unit -> unit.text("zh").orElseThrow().strip())
        .contains("en__zh例子之一", "这是en__zh例子二", "這是en__zh例子三");
  }

  @Test
  void findsRealFilesValidAndNamesEveryProblemOfTheInvalidOneWithItsLine() throws Exception {
    TmxValidator validator = new TmxValidator();
    for (String valid : List.of("lisa-ImportTest1A-utf16.tmx", "lisa-ImportTest1E-charrefs.tmx",
        "lisa-ImportTest1I-ja.tmx", "lisa-ImportTest2A-level2.tmx", "modernmt-Memory.en__zh.tmx",
        "modernmt-Memory.zh__en.tmx", "okapi-header_with_prop_and_note.tmx", "okapi-sample14b.tmx")) {
      assertThat(validator.validate(sample(valid))).as(valid).isEmpty();
    }
    assertThat(validator.validate(sample("okapi-aligner-aligned.tmx")))
        .extracting(TmxProblem::line).containsExactly(5, 8, 13, 16);
    assertThat(validator.validate(sample("okapi-aligner-aligned.tmx")))
        .allSatisfy(problem -> assertThat(problem.message()).contains("<prop> as a child of <tuv>"));
  }

  @Test
  void reportsWhatTheDtdCannotSee() throws Exception {
    Path tmx = Files.writeString(folder.resolve("rules.tmx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<tmx version=\"1.4b\">\n"
        + "<header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\""
        + " srclang=\"en-US\" datatype=\"plaintext\" creationdate=\"2024-01-01\"/>\n"
        + "<body>\n"
        + "<tu><tuv xml:lang=\"en_US\"><seg>a</seg></tuv><tuv xml:lang=\"zh-CN\"><seg>甲</seg></tuv></tu>\n"
        + "</body>\n</tmx>\n");
    assertThat(new TmxValidator().validate(tmx)).extracting(TmxProblem::toString).containsExactly(
        "line 2: Value of #FIXED attribute \"version\" (element <tmx>) not \"1.4\" as expected, but \"1.4b\"",
        "line 3: creationdate \"2024-01-01\" is not in the form YYYYMMDDThhmmssZ",
        "line 5: xml:lang \"en_US\" is not a language tag",
        "line 5: srclang \"en-US\" names no tuv of this tu (it has en_us, zh-cn)");
  }

  @Test
  void reportsCharactersXmlForbidsWithTheirLine() throws Exception {
    Path tmx = Files.writeString(folder.resolve("control.tmx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\""
        + " o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n"
        + "<tu><tuv xml:lang=\"en\"><seg>bell &#7; here</seg></tuv></tu>\n</body></tmx>\n");
    assertThat(new TmxValidator().validate(tmx)).singleElement()
        .satisfies(problem -> {
          assertThat(problem.line()).isEqualTo(4);
          assertThat(problem.message()).startsWith("not well-formed XML");
        });
  }

  @Test
  void refusesANoncharacterTheParserLetsThroughInUtf16() throws Exception {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx version=\"1.4\"><body>\n"
        + "<tu><tuv xml:lang=\"en\"><seg>bad \uFFFF here</seg></tuv></tu>\n</body></tmx>\n";
    Path tmx = Files.write(folder.resolve("ffff.tmx"), document.getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> read(tmx)).isInstanceOf(TmxException.class)
        .hasMessage("line 3: character U+FFFF is not allowed in XML");
    assertThat(new TmxValidator().validate(tmx)).extracting(TmxProblem::message)
        .contains("character U+FFFF is not allowed in XML");
  }

  @Test
  void neverResolvesExternalEntities() throws Exception {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Path tmx = Files.writeString(folder.resolve("xxe.tmx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\""
        + " o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n"
        + "<tu><tuv xml:lang=\"en\"><seg>leak: &xxe;</seg></tuv><tuv xml:lang=\"zh\"><seg>&xxe;</seg></tuv></tu>\n"
        + "</body></tmx>\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    BitextCommand.execute(new PrintWriter(out), new PrintWriter(err), "validate", tmx.toString());
    BitextCommand.execute(new PrintWriter(out), new PrintWriter(err), "stats", tmx.toString());
    List<TmxUnit> units = read(tmx);
    assertThat(out.toString() + err).doesNotContain("TOP-SECRET-CONTENT").contains("&xxe;");
    assertThat(units).singleElement().satisfies(unit ->
        assertThat(unit.text("en").orElseThrow()).doesNotContain("TOP-SECRET"));
  }

  @Test
  void countsUnitsLanguagesKindsScoresAndLengths() throws Exception {
    StringWriter out = new StringWriter();
    int exit = BitextCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "stats",
        TestFiles.ALIGNMENTS.resolve("000_981c4c21a77e9e1d.tmx").toString(),
        sample("modernmt-Memory.en__zh.tmx").toString());
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("units       2", "languages   en-US 2, zh-CN 2", "kinds       sentence 2",
        "0.9-1.0:2", "units       4", "en 4, zh 2, zh-CN 1, zh-TW 1");
    assertThat(Files.readString(sample("okapi-sample14b.tmx"), StandardCharsets.UTF_8)).contains("<tu");
  }
}
