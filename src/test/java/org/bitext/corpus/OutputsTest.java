package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.run.AlignOptions;
import org.bitext.run.AlignRun;
import org.bitext.run.RunSummary;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.UnusedSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output side on real articles: the seed (simplified script) and 六項保證 (traditional), whose boundaries need
 * no word segmenter.
 */
class OutputsTest {
  private static final Path SIMPLIFIED = TestFiles.resource("dev/01_顿涅茨克－南奥塞梯关系.wikitext");
  private static final Path TRADITIONAL = TestFiles.resource("dev/03_六項保證.wikitext");

  @TempDir
  Path folder;

  private RunSummary align(Path output, boolean singleFile, OutputFormat format, PairFilter filter, Path... inputs)
      throws Exception {
    AlignOptions options = new AlignOptions(List.of(inputs), output, singleFile, format, filter,
        TmxSettings.defaults(), 1, java.util.Optional.empty(), true,
        org.bitext.source.Bzip2Decoder.fastest());
    return new AlignRun(options, new LazyWordSegmenter(UnusedSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter())).run();
  }

  private RunSummary align(Path output, OutputFormat format, Path... inputs) throws Exception {
    return align(output, true, format, PairFilter.minScore(0), inputs);
  }

  @Test
  void tagsEachFileZhCnOrZhTwByItsArticlesScript() throws Exception {
    Path out = folder.resolve("out");
    align(out, false, OutputFormat.TMX, PairFilter.minScore(0), SIMPLIFIED, TRADITIONAL);
    Path simplified = out.resolve("01_顿涅茨克－南奥塞梯关系.tmx");
    Path traditional = out.resolve("03_六項保證.tmx");
    assertThat(Files.readString(simplified)).contains("xml:lang=\"zh-CN\"").doesNotContain("zh-TW");
    assertThat(Files.readString(traditional)).contains("xml:lang=\"zh-TW\"").doesNotContain("zh-CN");
    assertThat(OmegatTmx.read(traditional, "en-US", "zh-TW")).hasSize(19)
        .allSatisfy(unit -> assertThat(unit.target()).isNotBlank());
    assertThat(OkapiTmx.read(traditional, "en-US", "zh-TW")).hasSize(19)
        .allSatisfy(unit -> assertThat(unit.target()).isNotBlank());
    assertThat(TmxDtd.errors(traditional)).isEmpty();
  }

  @Test
  void tagsAFileOfManyArticlesByTheMajorityAndHonoursAnOverride() throws Exception {
    Path mixed = folder.resolve("mixed.tmx");
    align(mixed, OutputFormat.TMX, SIMPLIFIED, TRADITIONAL);
    assertThat(Files.readString(mixed)).contains("xml:lang=\"zh-TW\"").doesNotContain("zh-CN");

    Path forced = folder.resolve("forced.tmx");
    AlignOptions options = new AlignOptions(List.of(SIMPLIFIED, TRADITIONAL), forced, true, OutputFormat.TMX,
        PairFilter.minScore(0), new TmxSettings("en-GB", "zh-Hant", true), 1, java.util.Optional.empty(), true,
        org.bitext.source.Bzip2Decoder.fastest());
    new AlignRun(options, new LazyWordSegmenter(UnusedSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter())).run();
    String xml = Files.readString(forced);
    assertThat(xml).contains("srclang=\"zh-Hant\"").doesNotContain("zh-TW", "zh-CN", "pending");
    assertThat(xml.indexOf("xml:lang=\"zh-Hant\"")).isLessThan(xml.indexOf("xml:lang=\"en-GB\""));
  }

  @Test
  void everyFormatCarriesTheSamePairs() throws Exception {
    align(folder.resolve("all.tmx"), OutputFormat.TMX, SIMPLIFIED, TRADITIONAL);
    align(folder.resolve("all.jsonl"), OutputFormat.JSONL, SIMPLIFIED, TRADITIONAL);
    align(folder.resolve("all.tsv"), OutputFormat.TSV, SIMPLIFIED, TRADITIONAL);
    align(folder.resolve("all.moses"), OutputFormat.MOSES, SIMPLIFIED, TRADITIONAL);

    List<String> tmx = new ArrayList<>();
    new TmxReader().read(folder.resolve("all.tmx"), unit -> tmx.add(unit.text("en").orElseThrow() + " | "
        + unit.text("zh").orElseThrow()));
    List<String> jsonl = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(folder.resolve("all.jsonl"))) {
      JsonNode pair = mapper.readTree(line);
      jsonl.add(pair.at("/translation/en").asText() + " | " + pair.at("/translation/zh").asText());
      assertThat(pair.get("score").isNumber()).isTrue();
      assertThat(pair.get("kind").asText()).isIn("sentence", "term");
    }
    List<String> tsv = new ArrayList<>();
    List<String> tsvLines = Files.readAllLines(folder.resolve("all.tsv"));
    assertThat(tsvLines.get(0)).isEqualTo("score\tkind\ten\tzh\tarticle\tsection\turl\tspeaker\tpattern");
    for (String line : tsvLines.subList(1, tsvLines.size())) {
      String[] fields = line.split("\t", -1);
      assertThat(fields).hasSize(9);
      tsv.add(fields[2] + " | " + fields[3]);
    }
    List<String> english = Files.readAllLines(folder.resolve("all.en"));
    List<String> chinese = Files.readAllLines(folder.resolve("all.zh"));
    List<String> moses = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      moses.add(english.get(i) + " | " + chinese.get(i));
    }
    assertThat(tmx).hasSize(21);
    assertThat(jsonl).isEqualTo(tmx);
    assertThat(tsv).isEqualTo(tmx);
    assertThat(moses).isEqualTo(tmx);
  }

  @Test
  void writesEachPairOnceARunAndCountsTheRest() throws Exception {
    Path copy = Files.copy(SIMPLIFIED, folder.resolve("copy.wikitext"));
    RunSummary summary = align(folder.resolve("out.jsonl"), OutputFormat.JSONL, SIMPLIFIED, copy);
    assertThat(Files.readAllLines(folder.resolve("out.jsonl"))).hasSize(2);
    assertThat(summary.duplicates()).isEqualTo(2);
    assertThat(summary.sentencePairs()).isEqualTo(2);
  }

  @Test
  void filtersByScoreLengthAndRatio() throws Exception {
    RunSummary all = align(folder.resolve("a.tsv"), true, OutputFormat.TSV, PairFilter.minScore(0), TRADITIONAL);
    RunSummary shortOnes = align(folder.resolve("b.tsv"), true, OutputFormat.TSV,
        new PairFilter(0, 1, 20, 0, Double.MAX_VALUE), TRADITIONAL);
    RunSummary ratio = align(folder.resolve("c.tsv"), true, OutputFormat.TSV,
        new PairFilter(0, 0, Integer.MAX_VALUE, 4.5, 6), TRADITIONAL);
    assertThat(all.sentencePairs() + all.termPairs()).isEqualTo(19);
    assertThat(Files.readAllLines(folder.resolve("b.tsv")).subList(1, 2)).allMatch(line -> line.contains("六項保證"));
    assertThat(shortOnes.sentencePairs() + shortOnes.termPairs()).isEqualTo(1);
    assertThat(shortOnes.filteredOut()).isEqualTo(18);
    for (String line : Files.readAllLines(folder.resolve("c.tsv")).subList(1, ratio.sentencePairs() + 1)) {
      String[] fields = line.split("\t");
      double perChinese = (double) fields[2].length() / fields[3].length();
      assertThat(perChinese).isBetween(4.5, 6.0);
    }
    assertThat(ratio.filteredOut()).isPositive();
  }
}
