package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShardsTest {
  @ParameterizedTest
  @CsvSource({"200000, 200000", "1K, 1024", "1KB, 1000", "500M, 524288000", "500mb, 500000000",
      "1G, 1073741824", "1GB, 1000000000", "2T, 2199023255552", " 3 G , 3221225472"})
  void sizesReadAsSplitReadsThem(String text, long bytes) {
    assertThat(Shards.parseSize(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "G", "1.5G", "-1", "0", "1B", "1X", "99999999999T"})
  void otherSizesAreRefusedWithTheTextNamed(String text) {
    assertThatThrownBy(() -> Shards.parseSize(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.strip());
  }

  @Test
  void aShardIsNumberedBeforeTheTmxExtension() {
    assertThat(Shards.shardName(Path.of("out/all.tmx"), 1)).isEqualTo(Path.of("out/all-00001.tmx"));
    assertThat(Shards.shardName(Path.of("out/all.TMX.gz"), 12)).isEqualTo(Path.of("out/all-00012.TMX.gz"));
    assertThat(Shards.shardName(Path.of("a.b.tmx.gz"), 3)).isEqualTo(Path.of("a.b-00003.tmx.gz"));
    assertThat(Shards.shardName(Path.of("corpus"), 2)).isEqualTo(Path.of("corpus-00002"));
  }

  @Test
  void noLimitsIsOneFile() {
    assertThat(Shards.NONE.splits()).isFalse();
    assertThat(new Shards(10, Long.MAX_VALUE).splits()).isTrue();
    assertThatThrownBy(() -> new Shards(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
