package org.bitext.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * Copies a finished TMX spool into the output: one file, or numbered shards cut between units, each a whole TMX
 * with the header and closing tags, committed atomically one after the other. The cuts depend only on the bytes
 * written, so the same input gives the same shards.
 *
 * <p>The spool is laid out a line per element of the frame ({@code <tmx>}, {@code <header/>}, {@code <body>}) and
 * each unit starts a line and ends with a line of its own, {@code "    </tu>"}; no text holds a raw {@code <}, so
 * no line of text can be taken for one of these.
 */
final class SpoolCopy {
  private static final String BODY = "  <body>";
  private static final String UNIT_END = "    </tu>";
  private static final List<String> CLOSING = List.of("  </body>", "</tmx>");

  private final Path target;
  private final Shards shards;
  private final boolean compressed;

  SpoolCopy(Path target, Shards shards, boolean compressed) {
    this.target = target;
    this.shards = shards;
    this.compressed = compressed;
  }

  /** Copies {@code spool}'s lines, each changed by {@code retag}, into the output's file or shards. */
  void copy(BufferedReader spool, UnaryOperator<String> retag) throws IOException {
    List<String> header = new ArrayList<>();
    for (String line = spool.readLine(); line != null; line = spool.readLine()) {
      header.add(retag.apply(line));
      if (line.equals(BODY)) {
        break;
      }
    }
    long frameBytes = bytes(header) + bytes(CLOSING);
    Shard shard = null;
    int written = 0;
    List<String> unit = new ArrayList<>();
    try {
      for (String line = spool.readLine(); line != null && !line.equals(CLOSING.get(0)); line = spool.readLine()) {
        unit.add(retag.apply(line));
        if (!line.equals(UNIT_END)) {
          continue;
        }
        long unitBytes = bytes(unit);
        if (shard != null && !shard.takes(unitBytes)) {
          shard.commit();
          shard = null;
        }
        if (shard == null) {
          shard = new Shard(name(++written), header, frameBytes);
        }
        shard.add(unit, unitBytes);
        unit.clear();
      }
      if (shard == null) {
        shard = new Shard(name(++written), header, frameBytes);
      }
      shard.commit();
    } finally {
      if (shard != null) {
        shard.discardUnlessCommitted();
      }
    }
    removeStaleShards(written);
  }

  private Path name(int number) {
    return shards.splits() ? Shards.shardName(target, number) : target;
  }

  /** Shards past the last one, left by an earlier run of the same output that wrote more of them. */
  private void removeStaleShards(int written) throws IOException {
    if (shards.splits()) {
      for (int number = written + 1; Files.deleteIfExists(Shards.shardName(target, number)); number++) {
        // Each existed and is gone; the next may too.
      }
    }
  }

  private static long bytes(List<String> lines) {
    long bytes = 0;
    for (String line : lines) {
      bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return bytes;
  }

  /** One output file being filled. */
  private final class Shard {
    private final AtomicFile file;
    private final Writer out;
    private long units;
    private long bytes;

    Shard(Path path, List<String> header, long frameBytes) throws IOException {
      this.file = new AtomicFile(path);
      OutputStream stream = compressed ? new GZIPOutputStream(file.stream(), 1 << 16) : file.stream();
      this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      this.bytes = frameBytes;
      write(header);
    }

    /** Whether a unit of {@code unitBytes} fits; the first unit always does. */
    boolean takes(long unitBytes) {
      return units == 0 || (units < shards.maxUnits() && bytes + unitBytes <= shards.maxBytes());
    }

    void add(List<String> unit, long unitBytes) throws IOException {
      write(unit);
      units++;
      bytes += unitBytes;
    }

    void commit() throws IOException {
      try (file) {
        write(CLOSING);
        out.close();
        file.commit();
      }
    }

    /** Removes the temporary file of a shard that failed before its commit; after it, does nothing. */
    void discardUnlessCommitted() throws IOException {
      file.close();
    }

    private void write(List<String> lines) throws IOException {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
