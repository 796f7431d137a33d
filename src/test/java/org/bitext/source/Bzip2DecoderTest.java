package org.bitext.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every decoder streams a file's content as it decodes it, concatenated streams one after the other. */
class Bzip2DecoderTest {
  @TempDir
  Path folder;

  private static Bzip2Decoder decoder(String name) {
    Optional<Bzip2Decoder> decoder = Bzip2Decoder.named(name);
    assumeTrue(decoder.isPresent(), name + " is not on the PATH");
    return decoder.get();
  }

  private static byte[] compressed(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream bzip2 = new BZip2CompressorOutputStream(bytes)) {
      bzip2.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "lbzip2", "bzip2"})
  void opensAFileOfConcatenatedStreamsAsOneText(String name) throws IOException {
    // Lines as a multistream index writes them, enough of them to fill the pipe from a native decoder many times.
    StringBuilder first = new StringBuilder();
    Random random = new Random(12);
    for (int line = 0; line < 20_000; line++) {
      first.append(random.nextInt(1 << 30)).append(':').append(line).append(":條目").append(line).append('\n');
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(compressed(first.toString()));
    file.write(compressed("583:1:末\n"));
    Path index = Files.write(folder.resolve("index.txt.bz2"), file.toByteArray());

    try (InputStream in = decoder(name).open(index)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first + "583:1:末\n");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "lbzip2", "bzip2"})
  void aFileThatIsNotBzip2IsAnErrorByTheEndOfTheRead(String name) throws IOException {
    Path notBzip2 = Files.writeString(folder.resolve("index.txt.bz2"), "0:1:Title\n");

    assertThatThrownBy(() -> {
      try (InputStream in = decoder(name).open(notBzip2)) {
        in.readAllBytes();
      }
    }).isInstanceOf(IOException.class);
  }
}
