package org.bitext.run;

import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.SyntheticDump;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.TmxSettings;
import org.bitext.source.Bzip2Decoder;
import org.bitext.source.MultistreamDump;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multistream dump of real articles gives the same output read in parallel through its index, read as one
 * bzip2 stream, or read as plain XML: only main-namespace articles, no redirect.
 */
class MultistreamTest {
  @TempDir
  static Path folder;
  private static Path multistream;
  private static Path plain;

  @BeforeAll
  static void buildDumps() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path file : TestFiles.sampleAndDevWikitext()) {
      texts.add(Files.readString(file));
    }
    SyntheticDump dump = new SyntheticDump(texts, 2);
    multistream = dump.writeMultistream(folder, "zhwiki-test-pages-articles", 20);
    plain = folder.resolve("plain.xml");
    dump.writeXml(plain);
  }

  private static RunSummary align(Path input, Path output, int threads, Optional<Path> index) throws Exception {
    return align(input, output, threads, index, Bzip2Decoder.java());
  }

  private static RunSummary align(Path input, Path output, int threads, Optional<Path> index, Bzip2Decoder decoder)
      throws Exception {
    AlignOptions options = new AlignOptions(List.of(input), output, true, OutputFormat.JSONL, PairFilter.minScore(0),
        TmxSettings.defaults(), threads, index, true, decoder);
    return new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter())).run();
  }

  /** A decoder by name; lbzip2 and bzip2 are Debian packages that .ci/run installs. */
  private static Bzip2Decoder decoder(String name) {
    Optional<Bzip2Decoder> decoder = Bzip2Decoder.named(name);
    assumeTrue(decoder.isPresent(), name + " is not on the PATH");
    return decoder.get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lbzip2", "bzip2"})
  void nativeDecodersWriteWhatCommonsCompressWrites(String name) throws Exception {
    align(multistream, folder.resolve("java.jsonl"), 2, Optional.empty(), Bzip2Decoder.java());
    RunSummary viaNative = align(multistream, folder.resolve(name + ".jsonl"), 2, Optional.empty(), decoder(name));
    assertThat(viaNative.problems()).isEmpty();
    assertThat(Files.readAllBytes(folder.resolve(name + ".jsonl")))
        .isEqualTo(Files.readAllBytes(folder.resolve("java.jsonl")));
  }

  /** One stream's bytes damaged: that stream alone is skipped and named, whichever decoder reads the dump. */
  @ParameterizedTest
  @ValueSource(strings = {"java", "lbzip2", "bzip2"})
  void aCorruptStreamCostsOnlyItsOwnPages(String name) throws Exception {
    Path damaged = folder.resolve("damaged-" + name + "-multistream.xml.bz2");
    Path index = folder.resolve("zhwiki-test-pages-articles-multistream-index.txt.bz2");
    MultistreamDump streams = MultistreamDump.open(multistream, index, Bzip2Decoder.java());
    long victim = streams.start(streams.streams() / 2);
    byte[] bytes = Files.readAllBytes(multistream);
    for (int i = 0; i < 40; i++) {
      bytes[Math.toIntExact(victim) + 200 + i] ^= 0x5A;
    }
    Files.write(damaged, bytes);

    RunSummary whole = align(multistream, folder.resolve("undamaged.jsonl"), 2, Optional.empty());
    RunSummary run = align(damaged, folder.resolve("damaged-" + name + ".jsonl"), 2, Optional.of(index),
        decoder(name));

    assertThat(run.problems()).hasSize(1);
    assertThat(run.problems().get(0).toString())
        .contains("(stream at byte " + victim + ")", "corrupt bzip2 stream");
    int lost = whole.sentencePairs() + whole.termPairs() - run.sentencePairs() - run.termPairs();
    assertThat(lost).isBetween(0, 20);
  }

  @Test
  void readsTheStreamsInParallelAndWritesWhatAPlainReadWrites() throws Exception {
    RunSummary parallel = align(multistream, folder.resolve("parallel.jsonl"), 4, Optional.empty());
    RunSummary xml = align(plain, folder.resolve("plain.jsonl"), 1, Optional.empty());
    assertThat(parallel.problems()).isEmpty();
    assertThat(parallel.sentencePairs() + parallel.termPairs()).isGreaterThan(50);
    assertThat(Files.readAllBytes(folder.resolve("parallel.jsonl")))
        .isEqualTo(Files.readAllBytes(folder.resolve("plain.jsonl")));
    assertThat(xml.sentencePairs()).isEqualTo(parallel.sentencePairs());
  }

  @Test
  void readsTheSameDumpSequentiallyWithoutItsIndex() throws Exception {
    Path renamed = Files.copy(multistream, folder.resolve("no-index.xml.bz2"));
    align(renamed, folder.resolve("sequential.jsonl"), 2, Optional.empty());
    align(renamed, folder.resolve("indexed.jsonl"), 2,
        Optional.of(folder.resolve("zhwiki-test-pages-articles-multistream-index.txt.bz2")));
    align(plain, folder.resolve("plain2.jsonl"), 1, Optional.empty());
    assertThat(Files.readAllBytes(folder.resolve("sequential.jsonl")))
        .isEqualTo(Files.readAllBytes(folder.resolve("plain2.jsonl")))
        .isEqualTo(Files.readAllBytes(folder.resolve("indexed.jsonl")));
  }

  @Test
  void skipsRedirectsAndOtherNamespaces() throws Exception {
    align(plain, folder.resolve("check.jsonl"), 1, Optional.empty());
    List<String> articles = Files.readAllLines(folder.resolve("check.jsonl")).stream()
        .map(line -> line.replaceAll(".*\"article\":\"條目(\\d+)\".*", "$1")).distinct().toList();
    assertThat(articles).isNotEmpty().allSatisfy(id -> {
      assertThat(Integer.parseInt(id) % 10).isNotZero();
      assertThat(Integer.parseInt(id) % 7).isNotZero();
    });
  }
}
