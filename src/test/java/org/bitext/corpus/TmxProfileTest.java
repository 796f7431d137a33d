package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.align.Context;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TmxProfileTest {
  @TempDir
  Path folder;

  private static Pair pair(String zh, String en, double score, ChineseScript script) {
    return new Pair(zh, en, PairKind.TERM, score, new Provenance("图灵测试", "a.wikitext", "历史", "图灵", "",
        FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE, script));
  }

  private static Pair withContext(Pair pair, Context context) {
    return new Pair(pair.chinese(), pair.english(), pair.kind(), pair.score(), pair.provenance(), context);
  }

  private Path write(TmxSettings settings, Pair... pairs) throws Exception {
    Path target = folder.resolve(settings.profile().label() + ".tmx");
    try (TmxWriter writer = new TmxWriter(target, settings)) {
      for (Pair pair : pairs) {
        writer.write(pair);
      }
      writer.commit();
    }
    return target;
  }

  private static List<TmxUnit> units(Path tmx) throws Exception {
    List<TmxUnit> units = new ArrayList<>();
    new TmxReader().read(tmx, units::add);
    return units;
  }

  @Test
  void tradosTypesPropsAsTradosExportsThemAndScoresInWholePercent() throws Exception {
    Path tmx = write(TmxSettings.defaults().withProfile(TmxProfile.TRADOS),
        pair("图灵测试", "Turing test", 0.756, ChineseScript.SIMPLIFIED));
    TmxUnit unit = units(tmx).get(0);
    assertThat(unit.property("x-kind:SinglePicklist")).isEqualTo("term");
    assertThat(unit.property("x-pattern:SinglePicklist")).isEqualTo("paren-after-text");
    assertThat(unit.property("x-score:Integer")).isEqualTo("76");
    assertThat(unit.property("x-article:SingleString")).isEqualTo("图灵测试");
    assertThat(unit.property("x-speaker:SingleString")).isEqualTo("图灵");
    assertThat(unit.properties().keySet()).allMatch(type -> type.matches("x-[a-z-]+:(SinglePicklist|SingleString|Integer)"));
    assertThat(Files.readString(tmx)).contains("<tu tuid=\"" + unit.tuid() + "\" creationid=\"bitext\">");
  }

  @ParameterizedTest
  @EnumSource(TmxProfile.class)
  void everyProfileIsValidTmxThatOkapiAndOmegatRead(TmxProfile profile) throws Exception {
    Path tmx = write(TmxSettings.defaults().withProfile(profile), pair("雷丁大學", "University of Reading", 0.9,
        ChineseScript.TRADITIONAL));
    assertThat(TmxDtd.errors(tmx)).isEmpty();
    assertThat(new TmxValidator().validate(tmx)).isEmpty();
    assertThat(Files.readString(tmx)).doesNotContain("1.4b").contains("<tmx version=\"1.4\">");
    assertThat(OkapiTmx.read(tmx, "en-US", "zh-TW")).containsExactly(
        new OkapiTmx.Unit("University of Reading", "雷丁大學"));
    assertThat(OmegatTmx.read(tmx, "en-US", "zh-TW")).extracting(OmegatTmx.Unit::target).containsExactly("雷丁大學");
  }

  @Test
  void genericWritesNoCreationIdUnlessOneIsGivenAndOtherProfilesDefaultToBitext() throws Exception {
    Pair pair = pair("图灵测试", "Turing test", 0.8, ChineseScript.SIMPLIFIED);
    assertThat(Files.readString(write(TmxSettings.defaults(), pair))).doesNotContain("creationid");
    assertThat(Files.readString(write(TmxSettings.defaults().withProfile(TmxProfile.MEMOQ), pair)))
        .contains("creationid=\"bitext\"").contains("<prop type=\"x-score\">0.800</prop>");
    TmxSettings named = new TmxSettings("en-US", "", false, TmxProfile.OMEGAT, Optional.of("bitext-mined"),
        ChineseTagScheme.REGION);
    assertThat(Files.readString(write(named, pair))).contains("creationid=\"bitext-mined\"");
  }

  @Test
  void scriptSubtagsNameTheDetectedScript() throws Exception {
    TmxSettings script = new TmxSettings("en-US", "", false, TmxProfile.GENERIC, Optional.empty(),
        ChineseTagScheme.SCRIPT);
    Path traditional = write(script, pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL));
    assertThat(units(traditional).get(0).variants()).extracting(TmxUnit.Variant::language)
        .containsExactly("en-US", "zh-Hant");
    Path simplified = write(script, pair("图灵测试", "Turing test", 0.9, ChineseScript.SIMPLIFIED));
    assertThat(units(simplified).get(0).variants()).extracting(TmxUnit.Variant::language)
        .containsExactly("en-US", "zh-Hans");
    assertThat(new TmxValidator().validate(simplified)).isEmpty();
  }

  @Test
  void aFixedTagIsWrittenAsGivenSuchAsBareZh() throws Exception {
    Path tmx = write(new TmxSettings("en", "zh", true), pair("图灵测试", "Turing test", 0.9, ChineseScript.SIMPLIFIED));
    assertThat(Files.readString(tmx)).contains("srclang=\"zh\"");
    assertThat(units(tmx).get(0).variants()).extracting(TmxUnit.Variant::language).containsExactly("zh", "en");
  }

  private static final Context AROUND = new Context(new Context.Around("前一句 <b>&「甲」", "後一句。"),
      new Context.Around("The sentence before, \"quoted\" & <tagged>", "The sentence after."));

  private static TmxSettings sourcedBy(TmxProfile profile, boolean chineseIsSource) {
    return new TmxSettings("en-US", "", chineseIsSource, profile, Optional.empty(), ChineseTagScheme.REGION);
  }

  @Test
  void phraseWritesTheSourceSegmentsAroundAsContextPropsOfTheSourceTuvEscaped() throws Exception {
    Pair pair = withContext(pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL), AROUND);
    Path english = write(sourcedBy(TmxProfile.PHRASE, false), pair);
    assertThat(Files.readString(english)).contains("<tuv xml:lang=\"en-US\">"
        + "<prop type=\"context_prev\">The sentence before, \"quoted\" &amp; &lt;tagged></prop>"
        + "<prop type=\"context_next\">The sentence after.</prop><seg>University of Reading</seg></tuv>")
        .contains("<tuv xml:lang=\"zh-TW\"><seg>雷丁大學</seg></tuv>");
    Path chinese = write(sourcedBy(TmxProfile.PHRASE, true), pair);
    assertThat(Files.readString(chinese)).contains("<tuv xml:lang=\"zh-TW\">"
        + "<prop type=\"context_prev\">前一句 &lt;b>&amp;「甲」</prop><prop type=\"context_next\">後一句。</prop>"
        + "<seg>雷丁大學</seg></tuv>").contains("<tuv xml:lang=\"en-US\"><seg>University of Reading</seg></tuv>");
    assertThat(units(chinese).get(0).property("context_prev")).isEqualTo("前一句 <b>&「甲」");
  }

  @Test
  void xtmWritesXContextPreAndPostAndTheOtherProfilesNoContext() throws Exception {
    Pair pair = withContext(pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL), AROUND);
    TmxUnit xtm = units(write(sourcedBy(TmxProfile.XTM, false), pair)).get(0);
    assertThat(xtm.property("x-context-pre")).isEqualTo("The sentence before, \"quoted\" & <tagged>");
    assertThat(xtm.property("x-context-post")).isEqualTo("The sentence after.");
    for (TmxProfile other : List.of(TmxProfile.GENERIC, TmxProfile.TRADOS, TmxProfile.MEMOQ, TmxProfile.OMEGAT)) {
      assertThat(Files.readString(write(sourcedBy(other, false), pair))).as(other.label())
          .doesNotContain("sentence before").doesNotContain("前一句");
    }
  }

  @Test
  void matecatWritesTheContextPropsWithTheUnitsOtherPropsAsItsOwnExportDoes() throws Exception {
    Pair pair = withContext(pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL), AROUND);
    Path tmx = write(sourcedBy(TmxProfile.MATECAT, true), pair);
    assertThat(Files.readString(tmx)).contains("      <prop type=\"x-pattern\">paren-after-text</prop>\n"
        + "      <prop type=\"x-context-pre\">前一句 &lt;b>&amp;「甲」</prop>\n"
        + "      <prop type=\"x-context-post\">後一句。</prop>\n"
        + "      <tuv xml:lang=\"zh-TW\"><seg>雷丁大學</seg></tuv>");
    assertThat(units(tmx).get(0).property("x-context-pre")).isEqualTo("前一句 <b>&「甲」");
  }

  @Test
  void contextInTheOtherLanguageThanTheSourceOrNoneAtAllWritesNoContextProp() throws Exception {
    Pair mined = withContext(pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL),
        Context.ofChinese("前一句。", ""));
    assertThat(Files.readString(write(sourcedBy(TmxProfile.PHRASE, false), mined))).doesNotContain("context_");
    Path chinese = write(sourcedBy(TmxProfile.PHRASE, true), mined);
    assertThat(Files.readString(chinese)).contains("<prop type=\"context_prev\">前一句。</prop><seg>")
        .doesNotContain("context_next");
    Pair bare = pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL);
    assertThat(Files.readString(write(sourcedBy(TmxProfile.XTM, true), bare))).doesNotContain("x-context");
  }

  @ParameterizedTest
  @EnumSource(value = TmxProfile.class, names = {"PHRASE", "XTM", "MATECAT"})
  void contextPropsAreValidTmxThatOkapiAndOmegatStillRead(TmxProfile profile) throws Exception {
    Pair pair = withContext(pair("雷丁大學", "University of Reading", 0.9, ChineseScript.TRADITIONAL), AROUND);
    Path tmx = write(sourcedBy(profile, true), pair);
    assertThat(TmxDtd.errors(tmx)).isEmpty();
    assertThat(new TmxValidator().validate(tmx)).isEmpty();
    assertThat(OkapiTmx.read(tmx, "zh-TW", "en-US")).containsExactly(
        new OkapiTmx.Unit("雷丁大學", "University of Reading"));
    if (profile != TmxProfile.MATECAT) {
      String before = profile == TmxProfile.PHRASE ? "context_prev" : "x-context-pre";
      assertThat(OkapiTmx.sourceProperty(tmx, "zh-TW", "en-US", before)).containsExactly("前一句 <b>&「甲」");
    }
    assertThat(OmegatTmx.read(tmx, "zh-TW", "en-US")).extracting(OmegatTmx.Unit::target)
        .containsExactly("University of Reading");
  }
}
