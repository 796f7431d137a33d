package org.bitext.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Decompresses bzip2 data held in memory; concatenated streams give their contents one after the other. Native
 * decoders are faster than Commons Compress (on one core here, bzip2 1.5 times and lbzip2 2.1 times), which matters
 * because decompression is a large part of a dump's cost.
 */
public interface Bzip2Decoder {
  byte[] decode(byte[] compressed) throws IOException;

  /**
   * The decompressed content of a whole file, read as it is decoded: for a file too large to hold decoded, such as
   * a dump's index. Closing the stream reports a decoder that failed.
   */
  InputStream open(Path file) throws IOException;

  /** The name a user gives it: {@code java}, {@code lbzip2} or {@code bzip2}. */
  String name();

  /** Commons Compress, in this JVM: always there. */
  static Bzip2Decoder java() {
    return new Bzip2Decoder() {
      @Override
      public byte[] decode(byte[] compressed) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed), true)) {
          return in.readAllBytes();
        }
      }

      @Override
      public InputStream open(Path file) throws IOException {
        return new BZip2CompressorInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), true);
      }

      @Override
      public String name() {
        return "java";
      }
    };
  }

  /** A decoder by name, if it can be used here: {@code auto} is the fastest there is. */
  static Optional<Bzip2Decoder> named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "auto" -> Optional.of(fastest());
      case "java" -> Optional.of(java());
      case "lbzip2", "bzip2" -> Program.onPath(name).map(Program::new);
      default -> Optional.empty();
    };
  }

  /** lbzip2 or bzip2 from the PATH, whichever is found first, else Commons Compress. */
  static Bzip2Decoder fastest() {
    return Program.onPath("lbzip2").or(() -> Program.onPath("bzip2")).<Bzip2Decoder>map(Program::new)
        .orElseGet(Bzip2Decoder::java);
  }

  /** A native decoder run as a process per call, fed on one thread and read on the caller's. */
  final class Program implements Bzip2Decoder {
    private final Path program;

    private Program(Path program) {
      this.program = program;
    }

    static Optional<Path> onPath(String name) {
      String path = System.getenv("PATH");
      if (path == null) {
        return Optional.empty();
      }
      return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isEmpty())
          .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    @Override
    public String name() {
      return program.getFileName().toString();
    }

    @Override
    public byte[] decode(byte[] compressed) throws IOException {
      Process process = command().start();
      Thread feeder = new Thread(() -> feed(process, compressed), "bitext-bzip2-feeder");
      feeder.setDaemon(true);
      feeder.start();
      try {
        byte[] content = process.getInputStream().readAllBytes();
        awaitSuccess(process);
        return content;
      } finally {
        process.destroy();
      }
    }

    @Override
    public InputStream open(Path file) throws IOException {
      Process process = command(file.toString()).start();
      process.getOutputStream().close();
      return new FilterInputStream(process.getInputStream()) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
            awaitSuccess(process);
          } finally {
            process.destroy();
          }
        }
      };
    }

    /** One thread each: extraction threads already run as many decoders as there are cores. */
    private ProcessBuilder command(String... files) {
      List<String> command = new ArrayList<>(List.of(program.toString(), "-dc"));
      if (name().equals("lbzip2")) {
        command.add("-n1");
      }
      command.addAll(List.of(files));
      return new ProcessBuilder(command);
    }

    /** Waits for the decoder's end; one that failed is an error with its own message. */
    private void awaitSuccess(Process process) throws IOException {
      String complaint = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      try {
        int status = process.waitFor();
        if (status != 0) {
          throw new IOException(name() + " failed (exit " + status + "): " + complaint);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while " + name() + " ran", e);
      }
    }

    private static void feed(Process process, byte[] compressed) {
      try (OutputStream in = process.getOutputStream()) {
        in.write(compressed);
      } catch (IOException e) {
        // The decoder stopped reading: its exit status and message tell why.
      }
    }
  }
}
