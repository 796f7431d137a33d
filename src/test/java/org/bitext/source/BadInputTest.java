package org.bitext.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.bitext.run.AlignOptions;
import org.bitext.run.AlignRun;
import org.bitext.run.RunSummary;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.UnusedSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxChecks;
import org.bitext.corpus.TmxSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input of src/test/resources/bad (EXPECTED.tsv says what each must give), plus large ones made here,
 * in one run: each bad one is named on one line with its problem, the others are read, the run goes on, and every
 * output written is valid TMX. The timeout only guards against a hang; speed is measured by the benchmark.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BadInputTest {
  private static final String PAIR = "'''图灵测试'''（Turing test）是思想實驗。";

  @TempDir
  static Path folder;
  private static Path inputs;
  private static Path outputs;
  private static RunSummary summary;
  private static List<String> skipped;

  /** One row of EXPECTED.tsv. */
  record Expected(String file, String outcome, String pairs, String message) {}

  @BeforeAll
  static void alignAllOfThem() throws Exception {
    inputs = Files.createDirectories(folder.resolve("in"));
    outputs = folder.resolve("out");
    for (Expected row : expected()) {
      Path committed = TestFiles.resource("bad").resolve(row.file());
      if (Files.exists(committed)) {
        Files.copy(committed, inputs.resolve(row.file()));
      }
    }
    generateLargeInputs();
    StringWriter err = new StringWriter();
    AlignOptions options = new AlignOptions(List.of(inputs), outputs, false, OutputFormat.TMX,
        PairFilter.minScore(0), TmxSettings.defaults(), 1, java.util.Optional.empty(), true,
        org.bitext.source.Bzip2Decoder.fastest());
    summary = new AlignRun(options, new LazyWordSegmenter(UnusedSegmenter::new), TestLexicon.get(),
        new PrintWriter(err)).run();
    skipped = err.toString().lines().filter(line -> line.startsWith("bitext: skipped ")).toList();
  }

  static List<Expected> expected() throws Exception {
    List<Expected> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TestFiles.resource("bad/EXPECTED.tsv"))) {
      if (!line.startsWith("#") && !line.startsWith("file\t")) {
        String[] cells = line.split("\t");
        rows.add(new Expected(cells[0], cells[1], cells[2], cells[3].replaceFirst(" \\(generated.*", "")));
      }
    }
    return rows;
  }

  private static void generateLargeInputs() throws Exception {
    Files.writeString(inputs.resolve("deep-nesting.wikitext"),
        "{{a|".repeat(50_000) + "\n" + "}}".repeat(50_000) + "\n'''独立厅'''（Independence Hall）位于费城。\n");
    String chunk = "「甲乙（alpha beta）」[[丙|丁 {{x|y}} <ref>z '''戊'''（gamma delta）『己』（\"epsilon zeta\"）"
        + "（（（ 」」 -{a}- &amp; [http://x （ 『 < <!-- ";
    Files.writeString(inputs.resolve("long-line.wikitext"), chunk.repeat((20 << 20) / chunk.length()));
    Files.writeString(inputs.resolve("full-stops.wikitext"), "甲" + "。".repeat(2_000_000) + "（Alpha）\n"
        + "乙" + "。 ".repeat(1_000_000) + "（Beta）\n");
    String big = "<mediawiki>\n<page><title>巨</title><ns>0</ns><revision><text>" + "甲".repeat(17 << 20)
        + "</text></revision></page>\n<page><title>小</title><ns>0</ns><revision><text>"
        + "'''間奏曲'''（Intermezzo）是一種樂曲。</text></revision></page>\n</mediawiki>\n";
    Files.writeString(inputs.resolve("huge-text.xml"), big);
    Path bz2 = folder.resolve("whole.xml.bz2");
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
      StringBuilder dump = new StringBuilder("<mediawiki>\n");
      for (int i = 0; i < 2000; i++) {
        dump.append("<page><title>頁").append(i).append("</title><ns>0</ns><revision><text>").append(PAIR)
            .append(" 第").append(i).append("頁</text></revision></page>\n");
      }
      out.write(dump.append("</mediawiki>\n").toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = Files.readAllBytes(bz2);
    Files.write(inputs.resolve("truncated.xml.bz2"), java.util.Arrays.copyOf(whole, whole.length / 2));
  }

  private static Path output(String file) {
    return outputs.resolve(InputFile.named(Path.of(file)).stem() + ".tmx");
  }

  private static List<String> skipLines(String file) {
    return skipped.stream().filter(line -> line.contains(inputs.resolve(file).toString())).toList();
  }

  @Test
  void namesEachBadInputOnOneLineWithItsProblem() throws Exception {
    for (Expected row : expected()) {
      if (row.outcome().equals("ok")) {
        assertThat(skipLines(row.file())).as(row.file()).isEmpty();
      } else {
        assertThat(skipLines(row.file())).as(row.file()).anySatisfy(line ->
            assertThat(line).contains(row.message()));
      }
    }
  }

  @Test
  void readsWhatCanBeReadAndWritesValidTmxForIt() throws Exception {
    for (Expected row : expected()) {
      Path tmx = output(row.file());
      if (row.outcome().equals("skipped")) {
        assertThat(tmx).as(row.file()).doesNotExist();
        continue;
      }
      assertThat(tmx).as(row.file()).exists();
      assertThat(TmxChecks.dtdErrors(tmx)).as(row.file()).isEmpty();
      if (!row.pairs().equals("-")) {
        assertThat(Files.readString(tmx).split("<tu ", -1)).as(row.file())
            .hasSize(Integer.parseInt(row.pairs()) + 1);
      }
    }
  }

  @Test
  void dropsControlCharactersFromTheOutput() throws Exception {
    assertThat(Files.readString(output("control-chars.wikitext")))
        .contains("<seg>图灵测试</seg>", "<seg>Turing test</seg>");
  }

  @Test
  void countsTheSkippedInTheSummary() {
    long skippedFiles = summary.problems().stream().map(p -> p.origin().replaceFirst(" \\(page .*", ""))
        .distinct().count();
    assertThat(skippedFiles).isGreaterThanOrEqualTo(9);
    assertThat(summary.filesRead()).isGreaterThanOrEqualTo(12);
  }
}
