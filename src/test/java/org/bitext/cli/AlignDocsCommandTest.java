package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bitext align-docs} as a user runs it, on real prose: Bible chapters from the development set written as
 * paragraphs (a chapter each), so that both sentence splitters and the paragraph anchors are used.
 */
class AlignDocsCommandTest {
  private static final Path BIBLE = TestFiles.resource("docs/bible");
  private static List<String> zhLines;
  private static List<String> enLines;
  private static List<String> zhVerses;
  private static List<String> enVerses;

  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void readBible() throws Exception {
    zhLines = Files.readAllLines(BIBLE.resolve("zh.txt"));
    enLines = Files.readAllLines(BIBLE.resolve("en.txt"));
    zhVerses = Files.readAllLines(BIBLE.resolve("zh.verse"));
    enVerses = Files.readAllLines(BIBLE.resolve("en.verse"));
  }

  private int bitext(String... args) {
    return BitextCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  /** Chapters {@code first..last} of a book ("Gen"), a paragraph each, sentences joined as prose. */
  private static String chapters(List<String> lines, List<String> verses, String book, int first, int last,
      String joiner) {
    List<String> paragraphs = new ArrayList<>();
    for (int chapter = first; chapter <= last; chapter++) {
      String prefix = book + ":" + chapter + ":";
      List<String> sentences = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        if (verses.get(k).startsWith(prefix)) {
          sentences.add(lines.get(k));
        }
      }
      paragraphs.add(String.join(joiner, sentences));
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path genesisZh(String name) throws Exception {
    return write(name, chapters(zhLines, zhVerses, "Gen", 1, 3, ""));
  }

  private Path genesisEn(String name) throws Exception {
    return write(name, chapters(enLines, enVerses, "Gen", 1, 3, " "));
  }

  @Test
  void writesAHuggingFaceDatasetWhoseCardLeavesTheLicenceToTheDocuments() throws Exception {
    Path dataset = folder.resolve("genesis-hf");
    assertThat(bitext("align-docs", genesisZh("gen.zh.txt").toString(), genesisEn("gen.en.txt").toString(),
        "--format", "hf", "-o", dataset.toString(), "--min-score", "0.5")).isZero();
    List<String> rows = Files.readAllLines(dataset.resolve("data/train.jsonl"));
    String card = Files.readString(dataset.resolve("README.md"));
    assertThat(rows).isNotEmpty().allMatch(row -> row.startsWith("{\"translation\":{\"en\":"));
    assertThat(card).contains("license: unknown", "aligned sentence by sentence", "`bitext align-docs` with "
        + "`--min-score 0.5` on `gen.zh.txt` and `gen.en.txt`", "num_examples: " + rows.size())
        .doesNotContain("Wikipedia");
    int leftOut = Integer.parseInt(
        err.toString().replaceAll("(?s).*left out (\\d+) bead\\(s\\) by --min-score.*", "$1"));
    assertThat(card).contains("| `--min-score` | " + leftOut + " |");
  }

  @Test
  void anOutputNamedTmxGzIsTheTmxGzipped() throws Exception {
    Path zh = genesisZh("gen.zh.txt");
    Path en = genesisEn("gen.en.txt");
    Path gzipped = folder.resolve("gen.tmx.gz");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", gzipped.toString())).isZero();
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("gen.tmx").toString()))
        .isZero();
    assertThat(gzipped).isRegularFile();
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gzipped))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(folder.resolve("gen.tmx")));
    }
  }

  @Test
  void writesMosesFilesWithOpusNamesAndTsvWithBicleanerColumns() throws Exception {
    Path zh = genesisZh("gen.zh.txt");
    Path en = genesisEn("gen.en.txt");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("gen.moses").toString(),
        "--moses-names", "opus")).isZero();
    assertThat(folder.resolve("gen.en-zh.en")).exists();
    assertThat(Files.readAllLines(folder.resolve("gen.en-zh.zh")))
        .hasSameSizeAs(Files.readAllLines(folder.resolve("gen.en-zh.en")));
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("gen.tsv").toString(),
        "--tsv-columns", "bicleaner")).isZero();
    List<String> tsv = Files.readAllLines(folder.resolve("gen.tsv"));
    assertThat(tsv.get(0)).as("no header: English first, the score last").startsWith("In the beginning")
        .matches(".*\\t0\\.\\d{3}$");
  }

  @Test
  void writesBeadsAsTmxWithTheirShapeDocumentAndParagraph() throws Exception {
    Path output = folder.resolve("out/genesis.tmx");
    assertThat(bitext("align-docs", genesisZh("in/genesis.zh.txt").toString(),
        genesisEn("in/genesis.en.txt").toString(), "-o", output.toString())).isEqualTo(0);
    String tmx = Files.readString(output);
    assertThat(tmx).contains("<prop type=\"x-bead\">1-1</prop>", "<prop type=\"x-document\">genesis</prop>",
        "<prop type=\"x-paragraph\">2:2</prop>", "<prop type=\"x-pattern\">document-bead</prop>");
    // The English splitter keeps "Let there be light: and there was light." whole; the pair is one bead.
    assertThat(tmx).contains("<seg>And God said, Let there be light: and there was light.</seg>");
    assertThat(tmx).contains("<seg>神说，要有光，就有了光。</seg>");
    assertThat(err.toString()).contains("1 pair(s) aligned, 0 skipped");
  }

  @Test
  void aToolProfileWritesTheNeighbouringBeadsOfTheSourceSideAsContext() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = genesisEn("in/g.en.txt");
    Path xtm = folder.resolve("xtm.tmx");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", xtm.toString(), "--profile", "xtm"))
        .isEqualTo(0);
    assertThat(Files.readString(xtm)).contains("<tuv xml:lang=\"en-US\"><prop type=\"x-context-pre\">And the "
        + "Spirit of God moved upon the face of the waters.</prop><prop type=\"x-context-post\">And God saw the "
        + "light, that it was good: and God divided the light from the darkness.</prop><seg>And God said, Let "
        + "there be light: and there was light.</seg></tuv>").contains("creationid=\"bitext\"");
    Path phrase = folder.resolve("phrase.tmx");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", phrase.toString(), "--profile", "phrase",
        "--zh-source", "--creationid", "bible")).isEqualTo(0);
    assertThat(Files.readString(phrase)).contains("<tuv xml:lang=\"zh-CN\"><prop type=\"context_prev\">神的灵运行在"
        + "水面上。</prop><prop type=\"context_next\">神看光是好的，就把光暗分开了。</prop><seg>神说，要有光，就有了光。</seg>")
        .contains("creationid=\"bible\"");
  }

  @Test
  void splitsItsTmxIntoShardsAndRefusesToSplitTheOtherFormats() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = genesisEn("in/g.en.txt");
    Path whole = folder.resolve("whole.tmx");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", whole.toString())).isEqualTo(0);
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("g.tmx").toString(),
        "--split-units", "30")).isEqualTo(0);
    int beads = Files.readString(whole).split("<tu ", -1).length - 1;
    StringBuilder together = new StringBuilder();
    for (int shard = 1; shard <= (beads + 29) / 30; shard++) {
      Path file = folder.resolve(String.format("g-%05d.tmx", shard));
      assertThat(org.bitext.corpus.TmxChecks.dtdErrors(file)).isEmpty();
      String tmx = Files.readString(file);
      together.append(tmx, tmx.indexOf("    <tu "), tmx.indexOf("  </body>"));
    }
    assertThat(folder.resolve(String.format("g-%05d.tmx", (beads + 29) / 30 + 1))).doesNotExist();
    String all = Files.readString(whole);
    assertThat(together.toString()).isEqualTo(all.substring(all.indexOf("    <tu "), all.indexOf("  </body>")));
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("g.tsv").toString(),
        "--split-units", "30")).isEqualTo(2);
    assertThat(err.toString()).contains("TMX output only");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = genesisEn("in/g.en.txt");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("a.jsonl").toString()))
        .isEqualTo(0);
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("b.jsonl").toString()))
        .isEqualTo(0);
    assertThat(Files.readAllBytes(folder.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(folder.resolve("b.jsonl")));
    assertThat(Files.readString(folder.resolve("a.jsonl"))).contains("\"bead\":\"1-1\"", "\"document\":\"g\"");
  }

  @Test
  void alignsAFolderOfPairsMatchedByNameIntoOneOutputEach() throws Exception {
    genesisZh("in/a.zh.txt");
    genesisEn("in/a.en.txt");
    write("in/b.zh.md", "# 第二章\n\n" + chapters(zhLines, zhVerses, "Gen", 2, 2, ""));
    write("in/b.en.md", "# Chapter 2\n\n" + chapters(enLines, enVerses, "Gen", 2, 2, " "));
    write("in/c.zh.txt", "孤单的文件。\n");
    Path output = folder.resolve("out");
    assertThat(bitext("align-docs", folder.resolve("in").toString(), "-o", output + "/", "--format", "tsv"))
        .isEqualTo(0);
    assertThat(output.resolve("a.tsv")).exists();
    assertThat(output.resolve("b.tsv")).exists();
    assertThat(err.toString()).contains("skipped " + folder.resolve("in/c.zh.txt") + ": no c.en.* beside it");
  }

  @Test
  void alignsThePairsATsvLists() throws Exception {
    genesisZh("in/one.txt");
    genesisEn("in/two.txt");
    Path list = write("in/pairs.tsv", "# zh\ten\n" + "one.txt\ttwo.txt\tgenesis\n");
    Path output = folder.resolve("out");
    assertThat(bitext("align-docs", list.toString(), "-o", output.toString(), "--format", "align")).isEqualTo(0);
    assertThat(Files.readAllLines(output.resolve("genesis.align"))).first().isEqualTo("[0]:[0]");
  }

  @Test
  void minScoreLeavesOutWeakBeadsButTheLadderKeepsThemAll() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = genesisEn("in/g.en.txt");
    bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("all.tsv").toString());
    bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("some.tsv").toString(),
        "--min-score", "0.5");
    assertThat(Files.readAllLines(folder.resolve("some.tsv")).size())
        .isLessThan(Files.readAllLines(folder.resolve("all.tsv")).size()).isGreaterThan(1);
  }

  @Test
  void twoUnrelatedTextsAreSaidToBeSoAndNothingIsWritten() throws Exception {
    Path zh = write("in/x.zh.txt", chapters(zhLines, zhVerses, "Gen", 1, 10, ""));
    Path en = write("in/x.en.txt", chapters(enLines, enVerses, "Num", 1, 6, " "));
    Path output = folder.resolve("out/x.tmx");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", output.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("do not look like a text and its translation", "nothing written");
    assertThat(output).doesNotExist();
    assertThat(Files.exists(output.getParent()) ? Files.list(output.getParent()).collect(Collectors.toList())
        : List.of()).isEmpty();
  }

  @Test
  void anEmptySideIsNamedAndSkipped() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = write("in/g.en.txt", "\n\n  \n");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("g.tmx").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("skipped g: " + en + ": no sentences");
    assertThat(folder.resolve("g.tmx")).doesNotExist();
  }

  @Test
  void aBinaryFileIsNamedAndSkipped() throws Exception {
    Path zh = genesisZh("in/g.zh.txt");
    Path en = folder.resolve("in/g.en.txt");
    Files.write(en, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("g.tmx").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains(en + ": binary file");
  }

  @Test
  void aHugeLineIsCutWithAWarningAndTheRunEnds() throws Exception {
    String zh = chapters(zhLines, zhVerses, "Gen", 1, 10, "");
    String en = chapters(enLines, enVerses, "Gen", 1, 10, " ");
    // One 60,000-character line with no sentence end on either side, after the real text.
    Path zhFile = write("in/h.zh.txt", zh + "\n" + "天地万物".repeat(15_000) + "\n");
    Path enFile = write("in/h.en.txt", en + "\n" + "heaven and earth ".repeat(3_600) + "\n");
    assertThat(bitext("align-docs", zhFile.toString(), enFile.toString(), "-o", folder.resolve("h.tmx").toString()))
        .isEqualTo(0);
    assertThat(err.toString()).contains("warning: " + zhFile + ": sentence", "characters; cut into");
  }

  @Test
  void readsHtmlParagraphsWithJsoup() throws Exception {
    String zh = "<html><head><title>创世记</title><script>var x = 1;</script></head><body><h1>创世记</h1><p>"
        + chapters(zhLines, zhVerses, "Gen", 1, 3, "").replace("\n\n", "</p>\n<p>") + "</p></body></html>";
    String en = "<html><body><h1>Genesis</h1><div><p>"
        + chapters(enLines, enVerses, "Gen", 1, 3, " ").replace("\n\n", "</p><p>") + "</p></div></body></html>";
    Path output = folder.resolve("g.tmx");
    assertThat(bitext("align-docs", write("in/g.zh.html", zh).toString(), write("in/g.en.html", en).toString(),
        "-o", output.toString())).isEqualTo(0);
    String tmx = Files.readString(output);
    assertThat(tmx).contains("<seg>Genesis</seg>", "<seg>创世记</seg>", "<prop type=\"x-paragraph\">3:3</prop>")
        .doesNotContain("var x");
  }

  @Test
  void readsWordDocumentsWithPoi() throws Exception {
    Path zh = docx("in/g.zh.docx", chapters(zhLines, zhVerses, "Gen", 1, 3, ""));
    Path en = docx("in/g.en.docx", chapters(enLines, enVerses, "Gen", 1, 3, " "));
    Path output = folder.resolve("g.tmx");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", output.toString())).isEqualTo(0);
    assertThat(Files.readString(output)).contains("<seg>神说，要有光，就有了光。</seg>",
        "<prop type=\"x-paragraph\">2:2</prop>");
  }

  @Test
  void aBrokenWordDocumentIsNamedAndSkipped() throws Exception {
    Path zh = write("in/g.zh.docx", "这不是一个 Word 文件。");
    Path en = genesisEn("in/g.en.txt");
    assertThat(bitext("align-docs", zh.toString(), en.toString(), "-o", folder.resolve("g.tmx").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains(zh + ": not a readable .docx file");
  }

  /** A real .docx written by POI, a paragraph per blank-line separated block of {@code text}. */
  private Path docx(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.OutputStream out = Files.newOutputStream(file)) {
      for (String paragraph : text.split("\n\n")) {
        document.createParagraph().createRun().setText(paragraph.strip());
      }
      document.write(out);
    }
    return file;
  }

  @Test
  void oneOutputFileForManyPairsIsAUsageError() throws Exception {
    genesisZh("in/a.zh.txt");
    genesisEn("in/a.en.txt");
    genesisZh("in/b.zh.txt");
    genesisEn("in/b.en.txt");
    assertThat(bitext("align-docs", folder.resolve("in").toString(), "-o", folder.resolve("x.tmx").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("give a folder");
  }
}
