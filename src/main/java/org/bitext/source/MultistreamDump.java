package org.bitext.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A multistream {@code pages-articles} dump: bzip2 streams of about a hundred pages each, whose byte offsets its
 * index lists ({@code offset:pageid:title} a line). Each stream can be read on its own, so streams are read in
 * parallel; positional reads make one instance safe to share between threads.
 */
public final class MultistreamDump {
  private static final String DUMP_SUFFIX = "-multistream.xml.bz2";
  private static final String INDEX_SUFFIX = "-multistream-index.txt.bz2";
  private static final byte[] PAGE_OPEN = "<page>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAGE_CLOSE = "</page>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROOT_OPEN = "<mediawiki>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROOT_CLOSE = "</mediawiki>".getBytes(StandardCharsets.US_ASCII);

  /** The most compressed bytes a unit of work need hold (see {@link #units}). */
  public static final long CHUNK_BYTES = 4 << 20;
  private static final int SMALL_DUMP_CHUNKS = 64;

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

  /**
   * Opens a dump through its index, decoded by {@code decoder}. Only each line's offset is read: the titles, most of
   * the index, are never decoded as text.
   */
  public static MultistreamDump open(Path dump, Path index, Bzip2Decoder decoder) throws InputException, IOException {
    TreeSet<Long> offsets = new TreeSet<>();
    try (InputStream in = new BufferedInputStream(decoder.open(index), 1 << 16)) {
      int number = 0;
      for (String offset = offsetOfLine(in); offset != null; offset = offsetOfLine(in)) {
        number++;
        try {
          offsets.add(Long.parseLong(offset));
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

  /**
   * What comes before the first colon of the next line (empty when it has none), the rest of the line passed over;
   * null at the end of the index.
   */
  private static String offsetOfLine(InputStream in) throws IOException {
    StringBuilder offset = new StringBuilder();
    boolean colonMet = false;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    for (; b >= 0 && b != '\n'; b = in.read()) {
      colonMet |= b == ':';
      if (!colonMet) {
        offset.append((char) b);
      }
    }
    return colonMet ? offset.toString() : "";
  }

  public int streams() {
    return starts.length;
  }

  /** Where stream {@code index} starts in the dump, in bytes. */
  public long start(int index) {
    return starts[index];
  }

  /** The compressed bytes of the dump: the measure of progress. */
  public long size() {
    return size;
  }

  private long end(int stream) {
    return stream + 1 < starts.length ? starts[stream + 1] : size;
  }

  /**
   * Consecutive streams, at least {@code minBytes} of them compressed (bar the last chunk), read as one: a native
   * decoder is one process a chunk, and a stream of a hundred pages is too little work for one.
   *
   * @param first the first stream
   * @param end the stream after the last
   */
  public record Chunk(int first, int end, long startByte, long endByte) {
    public long compressedSize() {
      return endByte - startByte;
    }
  }

  /**
   * The dump's units of work: chunks of whole streams, at least {@link #CHUNK_BYTES} compressed (about 17 MB of XML,
   * a second or so of work), enough to make starting a decoder process cheap beside it (1 MB chunks cost 5% more time
   * on a 1 GB dump), little enough to keep memory small and a resumed run close to where it stopped. A dump under
   * 256 MB is cut into {@link #SMALL_DUMP_CHUNKS} chunks, so that every thread has work. The same dump always gives
   * the same chunks, whatever the number of threads.
   */
  public List<Chunk> units() {
    return chunks(Math.min(CHUNK_BYTES, size / SMALL_DUMP_CHUNKS));
  }

  /** The dump cut into chunks of whole streams, each at least {@code minBytes} compressed (bar the last). */
  List<Chunk> chunks(long minBytes) {
    List<Chunk> chunks = new ArrayList<>();
    int first = 0;
    for (int stream = 0; stream < starts.length; stream++) {
      if (end(stream) - starts[first] >= minBytes || stream == starts.length - 1) {
        chunks.add(new Chunk(first, stream + 1, starts[first], end(stream)));
        first = stream + 1;
      }
    }
    return chunks;
  }

  /**
   * Reads the pages of a chunk (the last one also holds the closing stream, which has none). When the decoder fails,
   * the chunk is decoded again stream by stream, and only the streams that are corrupt are skipped and reported.
   */
  public void readChunk(Chunk chunk, Bzip2Decoder decoder, DumpReader reader, String origin, ArticleSink sink)
      throws InputException, IOException {
    byte[] compressed = read(chunk.startByte(), chunk.endByte());
    try {
      readPages(decoder.decode(compressed), reader, origin, sink);
      return;
    } catch (IOException e) {
      // Corrupt somewhere: find which streams, below.
    }
    Bzip2Decoder java = Bzip2Decoder.java();
    for (int stream = chunk.first(); stream < chunk.end(); stream++) {
      byte[] content;
      try {
        int from = Math.toIntExact(starts[stream] - chunk.startByte());
        content = java.decode(Arrays.copyOfRange(compressed, from, from + Math.toIntExact(end(stream) - starts[stream])));
      } catch (IOException e) {
        sink.skipped(new Diagnostic(origin + " (stream at byte " + starts[stream] + ")",
            "corrupt bzip2 stream: " + e.getMessage()));
        continue;
      }
      readPages(content, reader, origin, sink);
    }
  }

  private byte[] read(long from, long to) throws InputException, IOException {
    ByteBuffer compressed = ByteBuffer.allocate(Math.toIntExact(to - from));
    try (FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ)) {
      while (compressed.hasRemaining()) {
        if (channel.read(compressed, from + compressed.position()) < 0) {
          throw new InputException("dump ends at byte " + (from + compressed.position()) + ", inside a stream");
        }
      }
    }
    return compressed.array();
  }

  /** Parses the pages in decompressed content, which holds whole pages and may hold the dump's closing tag. */
  private static void readPages(byte[] xml, DumpReader reader, String origin, ArticleSink sink)
      throws InputException, IOException {
    int first = indexOf(xml, PAGE_OPEN, 0);
    int last = lastIndexOf(xml, PAGE_CLOSE);
    if (first < 0 || last < first) {
      return;
    }
    InputStream pages = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(ROOT_OPEN), new ByteArrayInputStream(xml, first, last + PAGE_CLOSE.length - first),
        new ByteArrayInputStream(ROOT_CLOSE))));
    reader.read(pages, origin, sink);
  }

  private static int indexOf(byte[] text, byte[] pattern, int from) {
    for (int i = from; i <= text.length - pattern.length; i++) {
      if (startsWith(text, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] text, byte[] pattern) {
    for (int i = text.length - pattern.length; i >= 0; i--) {
      if (startsWith(text, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] text, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (text[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
