package org.bitext.run;

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
import java.util.Optional;
import org.bitext.align.Pair;
import org.bitext.run.JournalRecord.Checkpoint;
import org.bitext.run.JournalRecord.Header;
import org.bitext.run.JournalRecord.PairWritten;
import org.bitext.run.JournalRecord.ProblemMet;
import org.bitext.run.JournalRecord.UnitsDone;
import org.bitext.source.Diagnostic;

/**
 * What an output in progress has received, kept beside it so that a run stopped by Ctrl-C, a kill or a crash can be
 * continued by the same command: every pair written and problem met, in order, and checkpoints that count the units
 * of work (articles, or chunks of a multistream dump) done so far.
 *
 * <p>A unit's lines are appended whole, and a checkpoint follows them at most every {@link #CHECKPOINT_EVERY}; a
 * kill can only lose the tail after the last checkpoint, which {@link #open} cuts off. One {@link JournalRecord} a
 * line ({@link JournalCodec}). The file is locked while a run writes it, so two runs cannot write the same output.
 */
final class Journal implements AutoCloseable {
  static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);
  /** Format 2: named fields (format 1 wrote arrays by position). */
  private static final int FORMAT = 2;

  /** What a journal held when it was opened: replayed into a new output, it rebuilds the one that was stopped. */
  record Recovered(List<Pair> pairs, List<Diagnostic> problems, Checkpoint checkpoint) {
    static final Recovered NOTHING = new Recovered(List.of(), List.of(), Checkpoint.START);

    Recovered {
      pairs = List.copyOf(pairs);
      problems = List.copyOf(problems);
    }
  }

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final OutputStream out;
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
      Optional<Reading> reading = resume && channel.size() > 0 ? read(channel, runKey) : Optional.empty();
      long keep = reading.map(Reading::length).orElse(0L);
      channel.truncate(keep);
      channel.position(keep);
      Journal journal = new Journal(path, channel, lock, reading.map(Reading::recovered).orElse(Recovered.NOTHING));
      if (keep == 0) {
        journal.append(new Header(FORMAT, runKey));
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

  void pair(Pair pair) {
    append(new PairWritten(pair));
  }

  void problem(Diagnostic problem) {
    append(new ProblemMet(problem));
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
    append(new UnitsDone(done));
    appendUnit();
    checkpointPending = false;
    lastCheckpoint = System.nanoTime();
  }

  private void append(JournalRecord record) {
    unit.writeBytes(JournalCodec.encode(record));
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

  /** How far a journal can be trusted: its first {@code length} bytes, and what they hold. */
  private record Reading(long length, Recovered recovered) {}

  /** What the journal holds up to its last checkpoint; empty when another run (or nothing usable) wrote it. */
  private static Optional<Reading> read(FileChannel channel, String runKey) throws IOException {
    channel.position(0);
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    byte[] first = nextLine(in);
    if (first == null || !JournalCodec.decode(first).equals(Optional.of(new Header(FORMAT, runKey)))) {
      return Optional.empty();
    }
    List<Pair> pairs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    long position = first.length;
    // The last checkpoint: where the journal is cut, and how many of the pairs and problems read it covers.
    long trusted = position;
    int trustedPairs = 0;
    int trustedProblems = 0;
    Checkpoint checkpoint = Checkpoint.START;
    for (byte[] line = nextLine(in); line != null; line = nextLine(in)) {
      position += line.length;
      Optional<JournalRecord> record = JournalCodec.decode(line);
      if (record.isEmpty() || record.get() instanceof Header) {
        // What came before the damage is still whole: continue from the checkpoint before it.
        break;
      }
      if (record.get() instanceof PairWritten written) {
        pairs.add(written.pair());
      } else if (record.get() instanceof ProblemMet met) {
        problems.add(met.problem());
      } else if (record.get() instanceof UnitsDone units) {
        trusted = position;
        trustedPairs = pairs.size();
        trustedProblems = problems.size();
        checkpoint = units.checkpoint();
      }
    }
    return Optional.of(new Reading(trusted, new Recovered(pairs.subList(0, trustedPairs),
        problems.subList(0, trustedProblems), checkpoint)));
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
}
