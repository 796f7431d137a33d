package org.bitext.docs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bitext.corpus.AtomicFile;

/**
 * The ladder form other aligners publish (Bertalign, Vecalign): one bead a line, {@code [0, 1]:[0]}, indices
 * 0-based; bitext writes Chinese first, {@code []:[3]} for an English sentence left unaligned.
 */
public final class Ladder {
  private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)]\\s*:\\s*\\[([0-9,\\s]*)]\\s*");

  private Ladder() {}

  public static String format(Bead bead) {
    LadderBead line = LadderBead.of(bead);
    return indices(line.zh()) + ":" + indices(line.en());
  }

  /** Writes the beads, Chinese first, atomically: nothing appears under {@code target} until all is written. */
  public static void write(List<Bead> beads, Path target) throws IOException {
    try (AtomicFile file = new AtomicFile(target)) {
      Writer out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
      for (Bead bead : beads) {
        out.write(format(bead));
        out.write('\n');
      }
      out.flush();
      file.commit();
    }
  }

  /** Reads a ladder file whose first side is {@code order}'s first; blank lines are skipped. */
  public static List<LadderBead> read(Path file, SideOrder order) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LadderBead> beads = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      Matcher bead = LINE.matcher(lines.get(n));
      if (!bead.matches()) {
        throw new IOException(file + ":" + (n + 1) + ": not a ladder line ([0, 1]:[2]): " + abbreviate(lines.get(n)));
      }
      List<Integer> first = parse(bead.group(1));
      List<Integer> second = parse(bead.group(2));
      beads.add(order == SideOrder.ZH_EN ? new LadderBead(first, second) : new LadderBead(second, first));
    }
    return beads;
  }

  private static List<Integer> parse(String indices) {
    List<Integer> values = new ArrayList<>();
    for (String part : indices.split(",")) {
      if (!part.isBlank()) {
        values.add(Integer.parseInt(part.strip()));
      }
    }
    return values;
  }

  private static String indices(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String abbreviate(String line) {
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }
}
