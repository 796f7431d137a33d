package org.bitext.run;

import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump's articles are extracted in parallel, and the output is byte for byte the same whatever the threads. */
class ParallelDeterminismTest {
  @TempDir
  Path folder;

  /** A MediaWiki dump of the 60 sample articles and the dev corpus's wikitext articles, each a page. */
  private Path dump() throws Exception {
    StringBuilder xml = new StringBuilder("<mediawiki>\n");
    for (Path file : TestFiles.sampleAndDevWikitext()) {
      xml.append("<page><title>").append(StringEscapeUtils.escapeXml10(file.getFileName().toString()))
          .append("</title><ns>0</ns><revision><text>")
          .append(StringEscapeUtils.escapeXml10(Files.readString(file))).append("</text></revision></page>\n");
    }
    return Files.writeString(folder.resolve("dump.xml"), xml.append("</mediawiki>\n"));
  }

  private byte[] align(Path dump, int threads) throws Exception {
    Path output = folder.resolve("out-" + threads + ".jsonl");
    AlignOptions options = new AlignOptions(List.of(dump), output, true, OutputFormat.JSONL, PairFilter.minScore(0),
        TmxSettings.defaults(), threads, java.util.Optional.empty(), true,
        org.bitext.source.Bzip2Decoder.fastest());
    RunSummary summary = new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter())).run();
    assertThat(summary.problems()).isEmpty();
    assertThat(summary.sentencePairs() + summary.termPairs()).isGreaterThan(50);
    return Files.readAllBytes(output);
  }

  @Test
  void writesTheSameBytesWithOneThreadOrFour() throws Exception {
    Path dump = dump();
    assertThat(align(dump, 4)).isEqualTo(align(dump, 1));
  }
}
