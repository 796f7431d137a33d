package org.bitext.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxSettings;
import org.bitext.run.AlignOptions;
import org.bitext.run.AlignRun;
import org.bitext.source.Bzip2Decoder;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** {@code align --glossary} on the dev corpus: the run's term pairs, merged, in a file of their own. */
class GlossaryRunTest {
  @TempDir
  Path folder;

  private String align(Path jsonl, Path glossary, int threads) throws Exception {
    AlignOptions options = new AlignOptions(List.of(TestFiles.resource("dev")), jsonl, true, OutputFormat.JSONL,
        PairFilter.minScore(0), TmxSettings.defaults(), threads, Optional.empty(), true, Bzip2Decoder.fastest(),
        Optional.of(glossary));
    StringWriter err = new StringWriter();
    new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(), new PrintWriter(err))
        .run();
    return err.toString();
  }

  @Test
  void theGlossaryHoldsEveryChineseTermOfTheRunOnceAndIsValidTbx() throws Exception {
    Path jsonl = folder.resolve("dev.jsonl");
    Path tbx = folder.resolve("terms.tbx");
    String err = align(jsonl, tbx, 1);
    Set<String> termsWritten = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode pair = json.readTree(line);
      if (pair.get("kind").asText().equals("term")) {
        termsWritten.add(pair.get("translation").get("zh").asText().strip());
      }
    }
    assertThat(termsWritten).hasSizeGreaterThan(10);
    var document = parse(tbx);
    NodeList chineseSections = document.getElementsByTagNameNS("*", "langSec");
    Set<String> glossaryTerms = new TreeSet<>();
    for (int i = 0; i < chineseSections.getLength(); i += 2) {
      org.w3c.dom.Element section = (org.w3c.dom.Element) chineseSections.item(i);
      assertThat(section.getAttribute("xml:lang")).isEqualTo("zh-CN");
      glossaryTerms.add(section.getElementsByTagNameNS("*", "term").item(0).getTextContent());
    }
    assertThat(glossaryTerms).isEqualTo(termsWritten);
    assertThat(document.getElementsByTagNameNS("*", "conceptEntry").getLength()).isEqualTo(termsWritten.size());
    assertThat(GlossaryTest.schemaErrors(tbx)).isEmpty();
    assertThat(new TbxSchematron().failures(tbx)).isEmpty();
    assertThat(err).contains("glossary of " + termsWritten.size() + " term(s) written to " + tbx);
  }

  @Test
  void theGlossaryIsTheSameWhateverTheThreads() throws Exception {
    Path one = folder.resolve("one.csv");
    Path two = folder.resolve("two.csv");
    align(folder.resolve("one.jsonl"), one, 1);
    align(folder.resolve("two.jsonl"), two, 2);
    assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
    assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
  }

  private static org.w3c.dom.Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }
}
