package org.bitext.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.PairFilter;
import org.bitext.corpus.Shards;
import org.bitext.corpus.TmxSettings;
import org.bitext.corpus.ChineseTagScheme;
import org.bitext.corpus.TmxProfile;
import org.bitext.corpus.TextLayout;
import org.bitext.run.AlignOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bitext align}'s command line parsed into {@link AlignOptions}, without running anything. */
class AlignCommandParsingTest {
  private static AlignOptions parse(String... args) {
    AlignCommand command = new AlignCommand();
    CommandLine line = new CommandLine(command);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.parseArgs(args);
    return command.toOptions();
  }

  @Test
  void defaultsWriteTmxIntoAFolderAtTheDefaultScore() {
    AlignOptions options = parse("seeds", "-o", "alignments/");
    assertThat(options.inputs()).containsExactly(Path.of("seeds"));
    assertThat(options.output()).isEqualTo(Path.of("alignments/"));
    assertThat(options.singleFile()).isFalse();
    assertThat(options.format()).isEqualTo(OutputFormat.TMX);
    assertThat(options.filter())
        .isEqualTo(new PairFilter(AlignOptions.DEFAULT_MIN_SCORE, 1, Integer.MAX_VALUE, 0, Double.MAX_VALUE));
    assertThat(options.tmx()).isEqualTo(new TmxSettings("en-US", "", false));
    assertThat(options.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(options.index()).isEmpty();
    assertThat(options.resume()).isTrue();
  }

  @Test
  void everyOptionReachesTheRun() {
    AlignOptions options = parse("a.xml.bz2", "b", "-o", "out/all.jsonl", "--min-score", "0.7", "--min-length",
        "2", "--max-length", "300", "--min-ratio", "0.5", "--max-ratio", "9", "--en-lang", "en-GB", "--zh-lang",
        "zh-Hant", "--zh-source", "--threads", "3", "--index", "i.txt.bz2", "--decompressor", "java",
        "--no-resume");
    assertThat(options.inputs()).containsExactly(Path.of("a.xml.bz2"), Path.of("b"));
    assertThat(options.singleFile()).isTrue();
    assertThat(options.format()).isEqualTo(OutputFormat.JSONL);
    assertThat(options.filter()).isEqualTo(new PairFilter(0.7, 2, 300, 0.5, 9));
    assertThat(options.tmx()).isEqualTo(new TmxSettings("en-GB", "zh-Hant", true));
    assertThat(options.threads()).isEqualTo(3);
    assertThat(options.index()).isEqualTo(Optional.of(Path.of("i.txt.bz2")));
    assertThat(options.decoder().name()).isEqualTo("java");
    assertThat(options.resume()).isFalse();
  }

  @Test
  void profileCreationIdAndScriptSubtagsReachTheWriterSettings() {
    AlignOptions options = parse("seeds", "-o", "out/", "--profile", "trados", "--creationid", "miner",
        "--zh-lang", "script");
    assertThat(options.tmx()).isEqualTo(new TmxSettings("en-US", "", false, TmxProfile.TRADOS,
        Optional.of("miner"), ChineseTagScheme.SCRIPT));
    assertThatThrownBy(() -> parse("seeds", "-o", "out/", "--profile", "wordfast"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--profile");
  }

  @Test
  void shardLimitsReachTheWriterSettingsForTmxOnly() {
    assertThat(parse("seeds", "-o", "all.tmx.gz", "--split-units", "50000", "--split-size", "1GB").tmx().shards())
        .isEqualTo(new Shards(50_000, 1_000_000_000L));
    assertThat(parse("seeds", "-o", "out/", "--split-size", "1G").tmx().shards())
        .isEqualTo(new Shards(Long.MAX_VALUE, 1L << 30));
    assertThat(parse("seeds", "-o", "out/").tmx().shards()).isEqualTo(Shards.NONE);
    assertThatThrownBy(() -> parse("seeds", "-o", "all.jsonl", "--split-units", "10"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("TMX output only");
    assertThatThrownBy(() -> parse("seeds", "-o", "all.tmx", "--split-size", "1.5G"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--split-size: not a size");
    assertThatThrownBy(() -> parse("seeds", "-o", "all.tmx", "--split-units", "0"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("at least 1");
  }

  @Test
  void theXtmProfileIsNamedInTheErrorForAnUnknownOne() {
    assertThat(parse("seeds", "-o", "out/", "--profile", "XTM").tmx().profile()).isEqualTo(TmxProfile.XTM);
    assertThatThrownBy(() -> parse("seeds", "-o", "out/", "--profile", "wordfast"))
        .hasMessage("--profile must be generic, trados, memoq, omegat, phrase, xtm, matecat, not wordfast");
  }

  @Test
  void aHuggingFaceDatasetIsOneFolderForAllInputs() {
    AlignOptions options = parse("seeds", "more", "-o", "dataset", "--format", "hf", "--glossary", "terms.tbx");
    assertThat(options.format()).isEqualTo(OutputFormat.HF);
    assertThat(options.singleFile()).isTrue();
    assertThat(options.output()).isEqualTo(Path.of("dataset"));
    assertThat(options.glossary()).contains(Path.of("terms.tbx"));
    assertThatThrownBy(() -> parse("seeds", "-o", "out/", "--glossary", "terms.xlsx"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--glossary");
  }

  @Test
  void opusNamesAndBicleanerColumnsAreChosenByName() {
    assertThat(parse("seeds", "-o", "out.moses").layout()).isEqualTo(TextLayout.defaults());
    assertThat(parse("seeds", "-o", "out.moses", "--moses-names", "opus", "--tsv-columns", "bicleaner").layout())
        .isEqualTo(new TextLayout(TextLayout.MosesNames.OPUS, TextLayout.TsvColumns.BICLEANER));
  }

  @Test
  void theFormatComesFromTheExtensionOrFromFormat() {
    assertThat(parse("x", "-o", "all.tsv").format()).isEqualTo(OutputFormat.TSV);
    assertThat(parse("x", "-o", "out/", "--format", "MOSES").format()).isEqualTo(OutputFormat.MOSES);
    assertThatThrownBy(() -> parse("x", "-o", "all.tsv", "--format", "tmx"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("does not match");
  }

  @Test
  void contradictoryLimitsAreUsageErrors() {
    for (List<String> bad : List.of(List.of("--min-score", "1.5"), List.of("--min-length", "5", "--max-length",
        "4"), List.of("--threads", "0"), List.of("--decompressor", "gzip"))) {
      List<String> args = new ArrayList<>(List.of("x", "-o", "out/"));
      args.addAll(bad);
      assertThatThrownBy(() -> parse(args.toArray(String[]::new))).as(bad.toString()).isInstanceOf(CommandLine.ParameterException.class);
    }
  }
}
