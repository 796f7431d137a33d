package org.bitext.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold file: tab-separated {@code file kind zh en note}, {@code #} comments, one header line. */
public final class GoldStandard {
  private GoldStandard() {}

  public static List<GoldPair> read(Path tsv) throws IOException {
    List<GoldPair> rows = new ArrayList<>();
    int number = 0;
    boolean header = true;
    for (String line : Files.readAllLines(tsv)) {
      number++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 4) {
        throw new IOException(tsv + " line " + number + ": expected file, kind, zh, en[, note]; found "
            + cells.length + " column(s)");
      }
      try {
        rows.add(new GoldPair(cells[0], GoldKind.parse(cells[1]), cells[2], cells[3],
            cells.length > 4 ? cells[4] : ""));
      } catch (IllegalArgumentException e) {
        throw new IOException(tsv + " line " + number + ": unknown kind \"" + cells[1] + "\"", e);
      }
    }
    return rows;
  }
}
