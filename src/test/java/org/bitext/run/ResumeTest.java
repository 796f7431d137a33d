package org.bitext.run;

import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.SyntheticDump;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.ChineseTagScheme;
import org.bitext.corpus.TmxProfile;
import org.bitext.corpus.TmxSettings;
import org.bitext.source.Bzip2Decoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run that stops part way (here: its progress reporter throws after so many units of work) and is started again
 * with the same options continues from its journal, and ends with the bytes and counts of a run that never stopped.
 * {@code ResumeAfterKillIT} does the same with real SIGKILL and SIGINT.
 */
class ResumeTest {
  @TempDir
  static Path inputs;
  @TempDir
  Path outputs;

  private static Path multistream;
  private static Path plainXml;
  private static Path folder;

  /** The sample and dev articles twice over (so duplicates are met on both sides of a stop). */
  @BeforeAll
  static void buildInputs() throws Exception {
    List<String> texts = new ArrayList<>();
    folder = Files.createDirectories(inputs.resolve("articles"));
    Path copies = Files.createDirectories(folder.resolve("copies"));
    for (Path file : TestFiles.sampleAndDevWikitext()) {
      texts.add(Files.readString(file));
      Files.copy(file, folder.resolve(file.getFileName()));
      Files.copy(file, copies.resolve(file.getFileName()));
    }
    SyntheticDump dump = new SyntheticDump(texts, 2);
    multistream = dump.writeMultistream(inputs, "zhwiki-resume-pages-articles", 7);
    plainXml = inputs.resolve("plain.xml");
    dump.writeXml(plainXml);
  }

  private static Path input(String name) {
    return switch (name) {
      case "multistream" -> multistream;
      case "xml" -> plainXml;
      default -> folder;
    };
  }

  /** Thrown by the progress reporter to stop a run as a crash would. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super("stopped for the test");
    }
  }

  private record Outcome(RunSummary summary, String err) {}

  private Outcome align(Path input, Path output, int threads, double minScore, boolean resume, long stopAfter)
      throws Exception {
    return align(input, output, threads, minScore, resume, stopAfter, TmxSettings.defaults());
  }

  private Outcome align(Path input, Path output, int threads, double minScore, boolean resume, long stopAfter,
      TmxSettings tmx) throws Exception {
    AlignOptions options = new AlignOptions(List.of(input), output, true, OutputFormat.ofFileName(
        output.toString()).orElseThrow(), PairFilter.minScore(minScore), tmx, threads,
        Optional.empty(), resume, Bzip2Decoder.fastest());
    StringWriter err = new StringWriter();
    RunSummary summary = new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(),
        new PrintWriter(err, true), new StopAfter(stopAfter)).run();
    return new Outcome(summary, err.toString());
  }

  private static final class StopAfter implements RunProgress {
    private final long units;
    private long updates;

    StopAfter(long units) {
      this.units = units;
    }

    @Override
    public void start(long totalBytes) {}

    @Override
    public void update(long bytes, long pages, long pairs) {
      if (++updates == units) {
        throw new Stop();
      }
    }

    @Override
    public void close() {}
  }

  private static List<String> hiddenFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
    }
  }

  @ParameterizedTest(name = "{0}, stopped after {1} unit(s) with {2} thread(s), resumed with {3}")
  @CsvSource({"multistream, 1, 2, 1", "multistream, 9, 1, 3", "xml, 5, 2, 2", "xml, 101, 3, 1",
      "folder, 1, 1, 2", "folder, 40, 2, 1"})
  void continuesWhereItStoppedAndWritesWhatAnUninterruptedRunWrites(String inputName, long stopAfter,
      int threadsBefore, int threadsAfter) throws Exception {
    Path input = input(inputName);
    Outcome whole = align(input, outputs.resolve("whole.tmx"), 2, 0.5, true, Long.MAX_VALUE);
    Path output = outputs.resolve("resumed.tmx");

    assertThatThrownBy(() -> align(input, output, threadsBefore, 0.5, true, stopAfter)).isInstanceOf(Stop.class);
    assertThat(output).doesNotExist();
    assertThat(Journal.beside(output)).exists();
    Outcome resumed = align(input, output, threadsAfter, 0.5, true, Long.MAX_VALUE);

    assertThat(resumed.err()).contains("resuming " + output + " after " + stopAfter + " unit(s)");
    assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(outputs.resolve("whole.tmx")));
    assertThat(resumed.summary()).usingRecursiveComparison().ignoringFields("segmenterLoaded")
        .isEqualTo(whole.summary());
    assertThat(whole.summary().duplicates()).isPositive();
    assertThat(whole.summary().filteredOut()).isPositive();
    // Only --min-score is set, so it left out every filtered pair; the report survives the stop.
    assertThat(resumed.summary().drops().filtered(org.bitext.corpus.FilterRule.MIN_SCORE))
        .isEqualTo(whole.summary().filteredOut());
    assertThat(resumed.summary().drops().duplicates()).isEqualTo(whole.summary().duplicates());
    assertThat(hiddenFiles(outputs)).isEmpty();
  }

  @Test
  void resumesTwiceOverInEveryFormat() throws Exception {
    for (String name : List.of("out.jsonl", "out.tsv", "out.moses", "out.tmx")) {
      Path whole = Files.createDirectories(outputs.resolve("whole")).resolve(name);
      Path output = outputs.resolve(name);
      align(multistream, whole, 2, 0, true, Long.MAX_VALUE);
      assertThatThrownBy(() -> align(multistream, output, 2, 0, true, 4)).isInstanceOf(Stop.class);
      assertThatThrownBy(() -> align(multistream, output, 2, 0, true, 6)).isInstanceOf(Stop.class);
      Outcome last = align(multistream, output, 2, 0, true, Long.MAX_VALUE);
      assertThat(last.err()).contains("after 10 unit(s)");
      for (String file : name.endsWith(".moses") ? List.of("out.en", "out.zh") : List.of(name)) {
        assertThat(Files.readAllBytes(outputs.resolve(file))).as(file)
            .isEqualTo(Files.readAllBytes(whole.resolveSibling(file)));
      }
    }
  }

  @Test
  void theContextOfPairsWrittenBeforeTheStopComesBackFromTheJournal() throws Exception {
    TmxSettings phrase = new TmxSettings("en-US", "", true, TmxProfile.PHRASE, Optional.empty(),
        ChineseTagScheme.REGION);
    Path whole = outputs.resolve("whole.tmx");
    align(multistream, whole, 2, 0, true, Long.MAX_VALUE, phrase);
    Path output = outputs.resolve("resumed.tmx");
    assertThatThrownBy(() -> align(multistream, output, 2, 0, true, 6, phrase)).isInstanceOf(Stop.class);
    assertThat(Files.readString(Journal.beside(output))).contains("\"zh_before\"");
    align(multistream, output, 1, 0, true, Long.MAX_VALUE, phrase);
    assertThat(Files.readString(whole)).contains("<prop type=\"context_prev\">");
    assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(whole));
  }

  @Test
  void startsOverWhenTheOptionsChangedOrWhenAskedTo() throws Exception {
    Path output = outputs.resolve("out.jsonl");
    assertThatThrownBy(() -> align(multistream, output, 2, 0.5, true, 5)).isInstanceOf(Stop.class);
    Outcome otherFilter = align(multistream, output, 2, 0.8, true, Long.MAX_VALUE);
    assertThat(otherFilter.err()).doesNotContain("resuming");
    byte[] fresh = Files.readAllBytes(output);
    Files.delete(output);
    align(multistream, outputs.resolve("fresh.jsonl"), 1, 0.8, true, Long.MAX_VALUE);
    assertThat(fresh).isEqualTo(Files.readAllBytes(outputs.resolve("fresh.jsonl")));

    assertThatThrownBy(() -> align(multistream, output, 2, 0.8, true, 5)).isInstanceOf(Stop.class);
    assertThat(align(multistream, output, 2, 0.8, false, Long.MAX_VALUE).err()).doesNotContain("resuming");
    assertThat(Files.readAllBytes(output)).isEqualTo(fresh);
  }

  @Test
  void aJournalCutShortByAKillContinuesFromItsLastCheckpoint() throws Exception {
    Path output = outputs.resolve("out.jsonl");
    align(multistream, outputs.resolve("whole.jsonl"), 2, 0.5, true, Long.MAX_VALUE);
    assertThatThrownBy(() -> align(multistream, output, 2, 0.5, true, 12)).isInstanceOf(Stop.class);
    Path journal = Journal.beside(output);
    List<String> lines = Files.readAllLines(journal);
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"record\":\"checkpoint\",\"units\":12,");
    // As a kill mid-write leaves it: more lines after the checkpoint, the last one cut short.
    Files.writeString(journal, lines.get(1) + "\n" + lines.get(1).substring(0, 9), StandardOpenOption.APPEND);

    assertThat(align(multistream, output, 2, 0.5, true, Long.MAX_VALUE).err()).contains("after 12 unit(s)");
    assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(outputs.resolve("whole.jsonl")));
  }

  @Test
  void refusesAnOutputAnotherRunIsWriting() throws Exception {
    Path output = outputs.resolve("out.jsonl");
    try (FileChannel other = FileChannel.open(Journal.beside(output), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); var lock = other.lock()) {
      assertThatThrownBy(() -> align(multistream, output, 1, 0.5, true, Long.MAX_VALUE))
          .hasMessageContaining("another bitext run is writing this output");
    }
    assertThat(output).doesNotExist();
  }
}
