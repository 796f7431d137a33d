package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.run.AlignOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code OUT.tmx.gz}: the same TMX, gzip-compressed, the same bytes every run. */
class TmxGzipTest {
  @TempDir
  Path folder;

  private Path write(String name) throws Exception {
    Path target = folder.resolve(name);
    try (TmxWriter writer = new TmxWriter(target, TmxSettings.defaults())) {
      for (int i = 0; i < 500; i++) {
        writer.write(new Pair("雷丁大學第" + i, "University of Reading " + i, PairKind.TERM, 0.8,
            new Provenance("雷丁大學", "a.wikitext", "", "", "", FindPattern.PAREN_AFTER_TEXT, new Span(0, 1), Span.NONE,
                ChineseScript.TRADITIONAL)));
      }
      writer.commit();
    }
    return target;
  }

  @Test
  void aTmxGzIsTheTmxCompressedAndReadsBack() throws Exception {
    Path plain = write("out.tmx");
    Path gzipped = write("out.tmx.gz");
    byte[] unpacked;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      unpacked = in.readAllBytes();
    }
    assertThat(unpacked).isEqualTo(Files.readAllBytes(plain));
    assertThat(Files.size(gzipped)).isLessThan(Files.size(plain) / 5);
    List<TmxUnit> units = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      new TmxReader().read(in, units::add);
    }
    assertThat(units).hasSize(500);
    assertThat(units.get(0).variants()).extracting(TmxUnit.Variant::language).containsExactly("en-US", "zh-TW");
  }

  @Test
  void theCompressedBytesAreTheSameEveryRun() throws Exception {
    byte[] first = Files.readAllBytes(write("a.tmx.gz"));
    assertThat(Files.readAllBytes(write("b.tmx.gz"))).isEqualTo(first);
  }

  @Test
  void aTmxGzNameIsOneTmxFile() {
    assertThat(OutputFormat.ofFileName("corpus/all.TMX.GZ")).contains(OutputFormat.TMX);
    assertThat(AlignOptions.namesSingleFile("all.tmx.gz")).isTrue();
    assertThat(OutputFormat.ofFileName("all.gz")).isEmpty();
  }
}
