package org.bitext.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.source.Diagnostic;

/**
 * What an output in progress has received, kept beside it so that a run stopped by Ctrl-C, a kill or a crash can be
 * continued by the same command: every pair written and problem met, in order, and checkpoints that count the units
 * of work (articles, or streams of a multistream dump) done so far.
 *
 * <p>A unit's lines are appended whole, and a checkpoint follows them at most every {@link #CHECKPOINT_EVERY}; a
 * kill can only lose the tail after the last checkpoint, which {@link #open} cuts off. One JSON array a line.
 * The file is locked while a run writes it, so two runs cannot write the same output.
 */
final class Journal implements AutoCloseable {
  static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);
  private static final String HEADER = "bitext-journal";
  private static final int FORMAT = 1;

  /** How far a journal got: units done and what the run counted in them that is not in its lines. */
  record Checkpoint(long units, long articles, int filteredOut, int duplicates) {
    static final Checkpoint START = new Checkpoint(0, 0, 0, 0);
  }

  /** What a journal held when it was opened: replayed into a new output, it rebuilds the one that was stopped. */
  record Recovered(List<Pair> pairs, List<Diagnostic> problems, Checkpoint checkpoint) {
    static final Recovered NOTHING = new Recovered(List.of(), List.of(), Checkpoint.START);
  }

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final OutputStream out;
  /** Holds no state of its own: shared by every journal. */
  private static final JsonFactory JSON = new JsonFactory();
  private final ByteArrayOutputStream unit = new ByteArrayOutputStream();
  private final Recovered recovered;
  private Checkpoint done;
  private boolean checkpointPending;
  private long lastCheckpoint = System.nanoTime();

  private Journal(Path path, FileChannel channel, FileLock lock, Recovered recovered) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.out = Channels.newOutputStream(channel);
    this.recovered = recovered;
    this.done = recovered.checkpoint();
  }

  /** The journal of the output {@code target}: hidden beside it, named after it. */
  static Path beside(Path target) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + ".journal");
  }

  /**
   * Opens the journal at {@code path}, recovering what it holds up to its last checkpoint when {@code resume} is
   * asked for and it was written by a run with the same {@code runKey}; otherwise it starts empty.
   */
  static Journal open(Path path, String runKey, boolean resume) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      FileLock lock = lockOf(channel, path);
      Recovered recovered = Recovered.NOTHING;
      long keep = 0;
      List<Pair> pairs = new ArrayList<>();
      List<Diagnostic> problems = new ArrayList<>();
      Reading reading = resume && channel.size() > 0 ? read(channel, runKey, pairs, problems) : null;
      if (reading != null) {
        recovered = new Recovered(pairs.subList(0, reading.pairs()), problems.subList(0, reading.problems()),
            reading.checkpoint());
        keep = reading.length();
      }
      channel.truncate(keep);
      channel.position(keep);
      Journal journal = new Journal(path, channel, lock, recovered);
      if (keep == 0) {
        journal.writeLine(line -> {
          line.writeString(HEADER);
          line.writeNumber(FORMAT);
          line.writeString(runKey);
        });
        journal.appendUnit();
      }
      return journal;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock lockOf(FileChannel channel, Path path) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IOException("another bitext run is writing this output (" + path + " is locked)");
    }
    return lock;
  }

  Recovered recovered() {
    return recovered;
  }

  void pair(Pair pair) throws IOException {
    Provenance from = pair.provenance();
    writeLine(line -> {
      line.writeString("pair");
      line.writeString(pair.chinese());
      line.writeString(pair.english());
      line.writeString(pair.kind().name());
      line.writeNumber(pair.score());
      for (String text : List.of(from.article(), from.origin(), from.section(), from.speaker(), from.sourceUrl(),
          from.pattern().name())) {
        line.writeString(text);
      }
      for (Span span : List.of(from.chineseSource(), from.englishSource())) {
        line.writeNumber(span.start());
        line.writeNumber(span.end());
      }
      line.writeString(from.script().name());
    });
  }

  void problem(Diagnostic problem) throws IOException {
    writeLine(line -> {
      line.writeString("problem");
      line.writeString(problem.origin());
      line.writeString(problem.message());
    });
  }

  /** Ends a unit of work: its lines go to the journal, and a checkpoint when one is due. */
  void unitDone(Checkpoint now) throws IOException {
    appendUnit();
    done = now;
    checkpointPending = true;
    if (System.nanoTime() - lastCheckpoint >= CHECKPOINT_EVERY.toNanos()) {
      checkpoint();
    }
  }

  private void checkpoint() throws IOException {
    writeLine(line -> {
      line.writeString("checkpoint");
      line.writeNumber(done.units());
      line.writeNumber(done.articles());
      line.writeNumber(done.filteredOut());
      line.writeNumber(done.duplicates());
    });
    appendUnit();
    checkpointPending = false;
    lastCheckpoint = System.nanoTime();
  }

  private void appendUnit() throws IOException {
    if (unit.size() > 0) {
      unit.writeTo(out);
      unit.reset();
    }
  }

  /** The output is complete: its journal is no longer needed. */
  void delete() throws IOException {
    close();
    Files.deleteIfExists(path);
  }

  /** Keeps the journal for a later run, checkpointed at the last unit done; a unit half received is dropped. */
  @Override
  public void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      unit.reset();
      if (checkpointPending) {
        checkpoint();
      }
    } finally {
      lock.release();
      channel.close();
    }
  }

  private interface LineContent {
    void write(JsonGenerator line) throws IOException;
  }

  private void writeLine(LineContent content) throws IOException {
    try (JsonGenerator line = JSON.createGenerator(unit)) {
      line.writeStartArray();
      content.write(line);
      line.writeEndArray();
    }
    unit.write('\n');
  }

  /** How far a journal can be trusted: its first {@code length} bytes, holding so many pairs and problems. */
  private record Reading(long length, int pairs, int problems, Checkpoint checkpoint) {}

  /** What the journal holds up to its last checkpoint, or null when another run (or nothing usable) wrote it. */
  private static Reading read(FileChannel channel, String runKey, List<Pair> pairs, List<Diagnostic> problems)
      throws IOException {
    channel.position(0);
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    Reading last = null;
    long position = 0;
    for (byte[] bytes = nextLine(in); bytes != null; bytes = nextLine(in)) {
      position += bytes.length;
      List<String> fields = fieldsOf(bytes);
      if (fields == null) {
        break;
      }
      if (last == null) {
        if (!fields.equals(List.of(HEADER, String.valueOf(FORMAT), runKey))) {
          return null;
        }
        last = new Reading(position, 0, 0, Checkpoint.START);
        continue;
      }
      try {
        switch (fields.get(0)) {
          case "pair" -> pairs.add(pairOf(fields));
          case "problem" -> problems.add(new Diagnostic(fields.get(1), fields.get(2)));
          case "checkpoint" -> last = new Reading(position, pairs.size(), problems.size(),
              new Checkpoint(Long.parseLong(fields.get(1)), Long.parseLong(fields.get(2)),
                  Integer.parseInt(fields.get(3)), Integer.parseInt(fields.get(4))));
          default -> throw new IllegalArgumentException("unknown line: " + fields.get(0));
        }
      } catch (RuntimeException damaged) {
        // What came before the damage is still whole: continue from the checkpoint before it.
        break;
      }
    }
    return last;
  }

  /** The next line with its newline, or null at the end or at a line a kill cut short. */
  private static byte[] nextLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return null;
  }

  /** A line's values as text, or null when it is not a whole JSON array of scalars. */
  private static List<String> fieldsOf(byte[] line) {
    List<String> fields = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        if (token == null || !token.isScalarValue()) {
          return null;
        }
        fields.add(parser.getText());
      }
      return fields.isEmpty() ? null : fields;
    } catch (IOException e) {
      return null;
    }
  }

  private static Pair pairOf(List<String> f) {
    Provenance from = new Provenance(f.get(5), f.get(6), f.get(7), f.get(8), f.get(9), FindPattern.valueOf(f.get(10)),
        span(f.get(11), f.get(12)), span(f.get(13), f.get(14)), ChineseScript.valueOf(f.get(15)));
    return new Pair(f.get(1), f.get(2), PairKind.valueOf(f.get(3)), Double.parseDouble(f.get(4)), from);
  }

  private static Span span(String start, String end) {
    return new Span(Integer.parseInt(start), Integer.parseInt(end));
  }
}
