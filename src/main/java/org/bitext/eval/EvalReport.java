package org.bitext.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints evaluations as a person reads them: a table per matching, then thresholds, traps, misses, extras. */
public final class EvalReport {
  private EvalReport() {}

  public static void print(Evaluation strict, Evaluation lax, PrintWriter out) {
    out.println("kind        gold  found  emitted | strict P    R     F1   | lax P       R     F1");
    for (KindScore s : strict.kinds()) {
      KindScore l = lax.kind(s.kind());
      out.printf(Locale.ROOT, "%-10s %5d %6d %8d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", s.kind().label(), s.gold(),
          s.found(), s.emitted(), s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1());
    }
    out.println();
    out.println("score >=  emitted  strict P  strict R");
    for (Evaluation.Threshold t : strict.thresholds()) {
      out.printf(Locale.ROOT, "%8.2f %8d %9.3f %9.3f%n", t.minScore(), t.emitted(), t.precision(), t.recall());
    }
    out.println();
    printReliability(strict.reliability(), out);
    out.println();
    out.println("traps emitted: " + strict.traps().size());
    strict.traps().forEach(pair -> out.println("  " + describe(pair)));
    section(out, "misses (strict)", strict.misses().stream()
        .map(row -> row.file() + "\t" + row.kind().name().toLowerCase(Locale.ROOT) + "\t" + row.chinese() + "\t"
            + row.english()).toList());
    section(out, "extras (strict)", strict.extras().stream().map(EvalReport::describe).toList());
  }

  private static void printReliability(Reliability reliability, PrintWriter out) {
    out.println("reliability (strict)  pairs  mean score  right");
    for (Reliability.Band band : reliability.bands()) {
      if (band.pairs() > 0) {
        out.printf(Locale.ROOT, "  %.1f-%.1f %14d %11.3f %6.3f%n", band.lower(), band.upper(), band.pairs(),
            band.meanScore(), band.rightShare());
      }
    }
    out.printf(Locale.ROOT, "expected calibration error: %.3f%n", reliability.expectedCalibrationError());
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    out.println(title + ": " + lines.size());
    lines.forEach(line -> out.println("  " + line));
  }

  private static String describe(EmittedPair pair) {
    return String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s\t%s", pair.file(), pair.kind().label(), pair.score(),
        pair.chinese(), pair.english());
  }
}
