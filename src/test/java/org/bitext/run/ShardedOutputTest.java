package org.bitext.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.Shards;
import org.bitext.corpus.TmxChecks;
import org.bitext.corpus.TmxReader;
import org.bitext.corpus.TmxSettings;
import org.bitext.corpus.TmxUnit;
import org.bitext.corpus.TmxValidator;
import org.bitext.source.Bzip2Decoder;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --split-units} and {@code --split-size} on the dev corpus: every shard a valid TMX of its own, none over the
 * limit, and the shards together the unsharded output's units in order.
 */
class ShardedOutputTest {
  private static final Path DEV = TestFiles.resource("dev");

  @TempDir
  Path folder;

  /** Stops a run after so many units of work, as a crash would. */
  private static final class Stop extends RuntimeException {}

  private void align(Path output, Shards shards, long stopAfter) throws Exception {
    AlignOptions options = new AlignOptions(List.of(DEV), output, true, OutputFormat.TMX, PairFilter.minScore(0.5),
        TmxSettings.defaults().withShards(shards), 2, Optional.empty(), true, Bzip2Decoder.fastest());
    RunProgress stopping = new RunProgress() {
      private long units;

      @Override
      public void start(long totalBytes) {}

      @Override
      public void update(long bytes, long pages, long pairs) {
        if (++units == stopAfter) {
          throw new Stop();
        }
      }

      @Override
      public void close() {}
    };
    new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter(), true), stopping).run();
  }

  private void align(Path output, Shards shards) throws Exception {
    align(output, shards, Long.MAX_VALUE);
  }

  private static List<TmxUnit> units(Path tmx) throws Exception {
    List<TmxUnit> units = new ArrayList<>();
    if (tmx.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(tmx))) {
        new TmxReader().read(in, units::add);
      }
    } else {
      new TmxReader().read(tmx, units::add);
    }
    return units;
  }

  private List<Path> shardsOf(String prefix) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "at most {0} units and {1} bytes a shard")
  @CsvSource({"5, " + Long.MAX_VALUE, Long.MAX_VALUE + ", 6000", "7, 9000", "1, " + Long.MAX_VALUE})
  void everyShardIsAValidTmxWithinTheLimitsAndTogetherTheyAreTheWholeOutput(long maxUnits, long maxBytes)
      throws Exception {
    align(folder.resolve("whole.tmx"), Shards.NONE);
    List<TmxUnit> whole = units(folder.resolve("whole.tmx"));
    align(folder.resolve("cut.tmx"), new Shards(maxUnits, maxBytes));

    List<Path> shards = shardsOf("cut");
    assertThat(folder.resolve("cut.tmx")).doesNotExist();
    assertThat(shards).hasSizeGreaterThan(1).first().isEqualTo(folder.resolve("cut-00001.tmx"));
    assertThat(shards).last().isEqualTo(folder.resolve(String.format("cut-%05d.tmx", shards.size())));
    List<TmxUnit> together = new ArrayList<>();
    for (Path shard : shards) {
      assertThat(TmxChecks.dtdErrors(shard)).as(shard.toString()).isEmpty();
      assertThat(new TmxValidator().validate(shard)).as(shard.toString()).isEmpty();
      assertThat(Files.size(shard)).isLessThanOrEqualTo(maxBytes);
      List<TmxUnit> units = units(shard);
      assertThat(units).hasSizeBetween(1, (int) Math.min(maxUnits, Integer.MAX_VALUE));
      together.addAll(units);
    }
    assertThat(together).extracting(TmxUnit::tuid).containsExactlyElementsOf(whole.stream().map(TmxUnit::tuid)
        .toList());
    assertThat(together).extracting(TmxUnit::variants).containsExactlyElementsOf(whole.stream()
        .map(TmxUnit::variants).toList());
    assertThat(hiddenFiles()).isEmpty();
  }

  @Test
  void theShardsAreFullUpToTheLimitSoTheSameInputGivesTheSameCuts() throws Exception {
    align(folder.resolve("a.tmx"), new Shards(Long.MAX_VALUE, 6000));
    align(folder.resolve("b.tmx"), new Shards(Long.MAX_VALUE, 6000));
    List<Path> a = shardsOf("a");
    assertThat(shardsOf("b")).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(folder.resolve(String.format("b-%05d.tmx", i + 1))))
          .isEqualTo(Files.readAllBytes(a.get(i)));
    }
    // A shard was cut only because the next unit would not fit.
    for (int i = 0; i + 1 < a.size(); i++) {
      assertThat(Files.size(a.get(i)) + unitBytes(a.get(i + 1))).isGreaterThan(6000);
    }
  }

  /** The bytes of the first unit of a shard, as it is written. */
  private static long unitBytes(Path shard) throws Exception {
    String text = Files.readString(shard);
    int start = text.indexOf("    <tu ");
    int end = text.indexOf("    </tu>\n", start) + "    </tu>\n".length();
    return text.substring(start, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Test
  void gzippedShardsHoldTheSameUnitsAsPlainOnesTheLimitCountingTheTmxBytes() throws Exception {
    align(folder.resolve("plain.tmx"), new Shards(Long.MAX_VALUE, 6000));
    align(folder.resolve("packed.tmx.gz"), new Shards(Long.MAX_VALUE, 6000));
    List<Path> plain = shardsOf("plain");
    List<Path> packed = shardsOf("packed");
    assertThat(packed).hasSameSizeAs(plain).allMatch(p -> p.toString().endsWith(".tmx.gz"));
    for (int i = 0; i < plain.size(); i++) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(packed.get(i)))) {
        assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain.get(i)));
      }
    }
  }

  @Test
  void aResumedRunWritesTheShardsAnUninterruptedOneWrites() throws Exception {
    align(folder.resolve("whole.tmx"), new Shards(4, Long.MAX_VALUE));
    assertThatThrownBy(() -> align(folder.resolve("resumed.tmx"), new Shards(4, Long.MAX_VALUE), 5))
        .isInstanceOf(Stop.class);
    assertThat(shardsOf("resumed")).isEmpty();
    align(folder.resolve("resumed.tmx"), new Shards(4, Long.MAX_VALUE));
    List<Path> whole = shardsOf("whole");
    assertThat(shardsOf("resumed")).hasSameSizeAs(whole);
    for (Path shard : whole) {
      assertThat(Files.readAllBytes(folder.resolve(shard.getFileName().toString().replace("whole", "resumed"))))
          .isEqualTo(Files.readAllBytes(shard));
    }
  }

  @Test
  void fewerShardsThanAnEarlierRunWroteLeaveNoneOfItsOwnBehind() throws Exception {
    align(folder.resolve("out.tmx"), new Shards(3, Long.MAX_VALUE));
    List<Path> many = shardsOf("out");
    int units = 0;
    for (Path shard : many) {
      units += units(shard).size();
    }
    align(folder.resolve("out.tmx"), new Shards(20, Long.MAX_VALUE));
    assertThat(shardsOf("out")).hasSize((units + 19) / 20).hasSizeLessThan(many.size());
    assertThat(units(folder.resolve("out-00001.tmx"))).hasSize(20);
  }

  private List<String> hiddenFiles() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
    }
  }
}
