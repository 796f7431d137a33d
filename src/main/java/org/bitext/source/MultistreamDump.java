package org.bitext.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * A multistream {@code pages-articles} dump: bzip2 streams of about a hundred pages each, whose byte offsets its
 * index lists ({@code offset:pageid:title} a line). Each stream can be read on its own, so streams are read in
 * parallel; positional reads make one instance safe to share between threads.
 */
public final class MultistreamDump {
  private static final String DUMP_SUFFIX = "-multistream.xml.bz2";
  private static final String INDEX_SUFFIX = "-multistream-index.txt.bz2";

  private final Path dump;
  private final long[] starts;
  private final long size;

  private MultistreamDump(Path dump, long[] starts, long size) {
    this.dump = dump;
    this.starts = starts;
    this.size = size;
  }

  /** The index beside a dump, by the usual naming: {@code X-multistream.xml.bz2} has {@code X-multistream-index.txt.bz2}. */
  public static Optional<Path> indexBeside(Path dump) {
    String name = dump.getFileName().toString();
    if (!name.endsWith(DUMP_SUFFIX)) {
      return Optional.empty();
    }
    Path index = dump.resolveSibling(name.substring(0, name.length() - DUMP_SUFFIX.length()) + INDEX_SUFFIX);
    return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
  }

  /** Opens a dump through its index. */
  public static MultistreamDump open(Path dump, Path index) throws InputException, IOException {
    TreeSet<Long> offsets = new TreeSet<>();
    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(index), true);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        int colon = line.indexOf(':');
        try {
          offsets.add(Long.parseLong(line.substring(0, Math.max(colon, 0))));
        } catch (NumberFormatException e) {
          throw new InputException("index " + index + " line " + number + " is not offset:pageid:title", e);
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read index " + index + ": " + e.getMessage(), e);
    }
    long size = Files.size(dump);
    if (offsets.isEmpty() || offsets.last() >= size) {
      throw new InputException("index " + index + " does not fit the dump (" + offsets.size() + " offsets, "
          + size + " bytes)");
    }
    return new MultistreamDump(dump, offsets.stream().mapToLong(Long::longValue).toArray(), size);
  }

  public int streams() {
    return starts.length;
  }

  /** How many compressed bytes stream {@code index} takes. */
  public long compressedSize(int index) {
    return (index + 1 < starts.length ? starts[index + 1] : size) - starts[index];
  }

  /** Where stream {@code index} starts in the dump, in bytes. */
  public long start(int index) {
    return starts[index];
  }

  /** The compressed bytes of the dump: the measure of progress. */
  public long size() {
    return size;
  }

  /** Reads the pages of one stream (the last one also holds the closing stream, which has none). */
  public void readStream(int index, DumpReader reader, String origin, ArticleSink sink)
      throws InputException, IOException {
    ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(compressedSize(index)));
    try (FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ)) {
      while (compressed.hasRemaining()) {
        if (channel.read(compressed, starts[index] + compressed.position()) < 0) {
          throw new InputException("dump ends inside stream " + index);
        }
      }
    }
    String xml;
    try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed.array()), true)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("corrupt bzip2 stream at byte " + starts[index] + ": " + e.getMessage(), e);
    }
    int first = xml.indexOf("<page>");
    int last = xml.lastIndexOf("</page>");
    if (first >= 0 && last > first) {
      String pages = "<mediawiki>" + xml.substring(first, last + "</page>".length()) + "</mediawiki>";
      reader.read(new ByteArrayInputStream(pages.getBytes(StandardCharsets.UTF_8)), origin, sink);
    }
  }
}
