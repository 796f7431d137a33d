package org.bitext.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderCSV;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

class GlossaryTest {
  private static final GlossaryLanguages LANGUAGES = new GlossaryLanguages("en-US", "zh-CN", false);

  @TempDir
  Path folder;

  private static Pair term(String zh, String en, double score, String article) {
    return new Pair(zh, en, PairKind.TERM, score, new Provenance(article, "a.wikitext", "", "", "",
        FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE, ChineseScript.SIMPLIFIED));
  }

  private static Pair sentence(String zh, String en) {
    return new Pair(zh, en, PairKind.SENTENCE, 0.9, new Provenance("文章", "a.wikitext", "", "", "",
        FindPattern.PAREN_IN_QUOTE, new Span(0, 1), Span.NONE, ChineseScript.SIMPLIFIED));
  }

  /** Term pairs with the characters each format must escape or clean: a tab, quotes, a comma, {@code &} and {@code <}. */
  private static List<Pair> awkwardTerms() {
    return List.of(
        term("图灵测试", "Turing test", 0.91, "图灵"),
        term("图灵测试", "Turing Test", 0.70, "人工智能"),
        term("图灵测试", "Turing test", 0.80, "人工智能"),
        term("强生", "Johnson & Johnson", 0.88, "强生公司"),
        term("小于号", "the \"<\" sign, less-than", 0.66, "数学符号"),
        term("制表符", "tab\tcharacter", 0.6, "字符"),
        sentence("我相信这是正确的一步", "I believe this is the right step"));
  }

  private static Glossary glossaryOf(List<Pair> pairs) {
    Glossary glossary = new Glossary();
    pairs.forEach(glossary::add);
    return glossary;
  }

  private Path write(GlossaryFormat format, List<Pair> pairs) throws Exception {
    Path target = folder.resolve("terms" + format.extension());
    GlossaryFile.write(glossaryOf(pairs), target, format, LANGUAGES);
    return target;
  }

  @Test
  void mergesTermPairsIntoOneEntryPerChineseTermWithCountedVariants() {
    List<org.bitext.glossary.GlossaryEntry> entries = glossaryOf(awkwardTerms()).entries();
    assertThat(entries).extracting(org.bitext.glossary.GlossaryEntry::chinese)
        .containsExactly("制表符", "图灵测试", "小于号", "强生").isSorted();
    org.bitext.glossary.GlossaryEntry turing = entries.get(1);
    assertThat(turing.variants()).containsExactly(new TermVariant("Turing test", 2, 0.91),
        new TermVariant("Turing Test", 1, 0.70));
    assertThat(turing.articles()).containsExactly("人工智能", "图灵");
    assertThat(turing.bestScore()).isEqualTo(0.91);
    assertThat(turing.count()).isEqualTo(3);
  }

  @Test
  void theSamePairsInAnyOrderGiveTheSameBytes() throws Exception {
    List<Pair> shuffled = new ArrayList<>(awkwardTerms());
    Collections.shuffle(shuffled, new java.util.Random(14));
    for (GlossaryFormat format : GlossaryFormat.values()) {
      Path first = write(format, awkwardTerms());
      byte[] before = Files.readAllBytes(first);
      Path second = write(format, shuffled);
      assertThat(Files.readAllBytes(second)).as(format.name()).isEqualTo(before);
    }
  }

  @Test
  void tbxIsValidAgainstTheTbxBasicSchemaAndReadsBack() throws Exception {
    Path tbx = write(GlossaryFormat.TBX, awkwardTerms());
    assertThat(schemaErrors(tbx)).isEmpty();
    assertThat(new TbxSchematron().failures(tbx)).isEmpty();
    Document document = parse(tbx);
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("tbx");
    assertThat(root.getNamespaceURI()).isEqualTo("urn:iso:std:iso:30042:ed:3.0");
    assertThat(root.getAttribute("type")).isEqualTo("TBX-Basic");
    assertThat(root.getAttribute("style")).isEqualTo("dca");
    assertThat(root.getAttribute("xml:lang")).isEqualTo("en");
    NodeList concepts = document.getElementsByTagNameNS("*", "conceptEntry");
    assertThat(concepts.getLength()).isEqualTo(4);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < concepts.getLength(); i++) {
      ids.add(((Element) concepts.item(i)).getAttribute("id"));
    }
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("c[0-9a-f]{16}"));
    Element turing = (Element) concepts.item(1);
    NodeList sections = turing.getElementsByTagNameNS("*", "langSec");
    assertThat(((Element) sections.item(0)).getAttribute("xml:lang")).isEqualTo("zh-CN");
    assertThat(terms((Element) sections.item(0))).containsExactly("图灵测试");
    assertThat(((Element) sections.item(1)).getAttribute("xml:lang")).isEqualTo("en-US");
    assertThat(terms((Element) sections.item(1))).containsExactly("Turing test", "Turing Test");
    List<String> allTerms = terms(root);
    assertThat(allTerms).contains("Johnson & Johnson", "the \"<\" sign, less-than", "tab\tcharacter")
        .doesNotContain("我相信这是正确的一步");
    assertThat(Files.readString(tbx)).contains("Johnson &amp; Johnson", "the \"&lt;\" sign");
  }

  @Test
  void aBrokenTbxFailsTheSchema() throws Exception {
    Path tbx = write(GlossaryFormat.TBX, awkwardTerms());
    Path broken = folder.resolve("broken.tbx");
    Files.writeString(broken, Files.readString(tbx).replaceFirst("<langSec xml:lang=\"zh-CN\">", "<langSec>"));
    assertThat(schemaErrors(broken)).isNotEmpty();
  }

  @Test
  void theDialectsSchematronRulesCatchWhatTheSchemaLetsThrough() throws Exception {
    String tbx = Files.readString(write(GlossaryFormat.TBX, awkwardTerms()));
    Path style = folder.resolve("style.tbx");
    Files.writeString(style, tbx.replace("style=\"dca\"", "style=\"dct\""));
    assertThat(new TbxSchematron().failures(style))
        .containsExactly("The style of this dialect should be declared as 'dca'");
    Path misplaced = folder.resolve("misplaced.tbx");
    Files.writeString(misplaced,
        tbx.replaceFirst("</term>", "</term><descrip type=\"subjectField\">history</descrip>"));
    assertThat(new TbxSchematron().failures(misplaced))
        .contains("Subject Field can only appear at conceptEntry level.");
    assertThat(schemaErrors(style)).as("RNG on style").isEmpty();
    assertThat(schemaErrors(misplaced)).as("RNG on misplaced").isEmpty();
  }

  @Test
  void omegatReadsTheTsvGlossaryWithItsOwnReader() throws Exception {
    Path tsv = write(GlossaryFormat.TSV, awkwardTerms());
    List<GlossaryEntry> read = GlossaryReaderTSV.read(tsv.toFile(), false);
    assertThat(read).extracting(GlossaryEntry::getSrcText, GlossaryEntry::getLocText).containsExactly(
        org.assertj.core.groups.Tuple.tuple("tab character", "制表符"),
        org.assertj.core.groups.Tuple.tuple("Turing test", "图灵测试"),
        org.assertj.core.groups.Tuple.tuple("Turing Test", "图灵测试"),
        org.assertj.core.groups.Tuple.tuple("the \"<\" sign, less-than", "小于号"),
        org.assertj.core.groups.Tuple.tuple("Johnson & Johnson", "强生"));
    assertThat(read.get(1).getCommentText()).isEqualTo("found 2 time(s), best score 0.910; in 人工智能; 图灵");
    assertThat(Files.readAllLines(tsv, StandardCharsets.UTF_8)).allMatch(line -> line.split("\t", -1).length == 3);
  }

  @Test
  void theCsvHasAHeaderOfLanguagesAndQuotesAsRfc4180Says() throws Exception {
    Path csv = write(GlossaryFormat.CSV, awkwardTerms());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("en-US,zh-CN,Note,Count,Score,Articles");
    assertThat(lines).contains("\"the \"\"<\"\" sign, less-than\",小于号,\"found 1 time(s), best score 0.660; in 数学符号\",1,0.660,数学符号");
    assertThat(Files.readString(csv)).contains("\r\n");
    List<GlossaryEntry> read = GlossaryReaderCSV.read(csv.toFile(), false);
    assertThat(read).extracting(GlossaryEntry::getSrcText)
        .contains("Johnson & Johnson", "the \"<\" sign, less-than", "tab character");
    assertThat(read).filteredOn(e -> e.getSrcText().equals("the \"<\" sign, less-than"))
        .extracting(GlossaryEntry::getLocText).containsExactly("小于号");
  }

  @Test
  void chineseFirstWhenChineseIsTheSource() throws Exception {
    Path tsv = folder.resolve("zh.tsv");
    GlossaryFile.write(glossaryOf(awkwardTerms()), tsv, GlossaryFormat.TSV,
        new GlossaryLanguages("en-US", "zh-CN", true));
    assertThat(GlossaryReaderTSV.read(tsv.toFile(), false)).extracting(GlossaryEntry::getSrcText)
        .contains("图灵测试", "强生");
  }

  @Test
  void theFormatComesFromTheExtension() {
    assertThat(GlossaryFormat.of(Path.of("out/terms.TBX"))).contains(GlossaryFormat.TBX);
    assertThat(GlossaryFormat.of(Path.of("terms.tsv"))).contains(GlossaryFormat.TSV);
    assertThat(GlossaryFormat.of(Path.of("terms.csv"))).contains(GlossaryFormat.CSV);
    assertThat(GlossaryFormat.of(Path.of("terms.xlsx"))).isEmpty();
  }

  private static List<String> terms(Element within) {
    NodeList nodes = within.getElementsByTagNameNS("*", "term");
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      terms.add(nodes.item(i).getTextContent());
    }
    return terms;
  }

  private static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }

  /** What Jing finds wrong with {@code tbx} against the TBX-Basic RELAX NG schema. */
  static List<String> schemaErrors(Path tbx) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ": " + e.getMessage());
      }
    };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
    File schema = TestFiles.resource("tbx/TBXcoreStructV03_TBX-Basic_integrated.rng").toFile();
    assertThat(driver.loadSchema(ValidationDriver.fileInputSource(schema))).as("schema loads").isTrue();
    boolean valid = driver.validate(ValidationDriver.fileInputSource(tbx.toFile()));
    assertThat(valid).isEqualTo(errors.isEmpty());
    return errors;
  }
}
