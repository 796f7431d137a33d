package org.bitext.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A run of indented English lines next to a run of indented Chinese lines (a song's English stanzas, then its
 * Chinese ones): line by line, or two lines of one side to one of the other where the lengths say so (Sleep in
 * heavenly peace / Sleep in heavenly peace ↔ 静享天赐安眠，静享天赐安眠). Standing next to each other proves
 * little, so the aligner keeps these only when the dictionary vouches for the run: for enough of its lines, or for
 * their order.
 */
final class VerseBlocks {
  /** Fewer lines are a quotation, which the bilingual-block pattern pairs. */
  private static final int FEWEST_LINES = 3;
  /** A run longer than this is no song: the lengths alone cannot line it up. */
  private static final int MOST_LINES = 200;
  /** English letters per Chinese character in real pairs. */
  private static final double LETTERS_PER_HAN = 3.2;
  /** The cost of two lines rendered as one, over its length misfit: line for line is the rule. */
  private static final double MERGE_COST = 0.7;

  private final CleanText clean;
  private final String text;

  VerseBlocks(CleanText clean) {
    this.clean = clean;
    this.text = clean.text();
  }

  /** The language of a line, as far as lining up verse goes. */
  private enum Side {
    ENGLISH,
    CHINESE,
    NEITHER
  }

  /** One side's run of lines. */
  private record Run(List<Line> lines, boolean english) {
    Span span() {
      return new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
    }
  }

  void find(List<Candidate> out) {
    List<Run> runs = runs(clean.lines());
    for (int i = 0; i + 1 < runs.size(); i++) {
      Run first = runs.get(i);
      Run second = runs.get(i + 1);
      if (first.english() != second.english() && adjacent(first, second)) {
        Run english = first.english() ? first : second;
        Run chinese = first.english() ? second : first;
        align(english.lines(), chinese.lines(), chinese.span(), out);
        i++;
      }
    }
  }

  /** Maximal runs of indented lines all English or all Chinese, each of at least {@link #FEWEST_LINES}. */
  private List<Run> runs(List<Line> lines) {
    List<Run> runs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    Side side = Side.NEITHER;
    for (Line line : lines) {
      Side next = line.kind() == LineKind.INDENTED ? side(line) : Side.NEITHER;
      if (next != side || !current.isEmpty() && !adjacent(current.get(current.size() - 1), line)) {
        addRun(runs, current, side);
        current = new ArrayList<>();
      }
      side = next;
      if (side != Side.NEITHER) {
        current.add(line);
      }
    }
    addRun(runs, current, side);
    return runs;
  }

  private static void addRun(List<Run> runs, List<Line> lines, Side side) {
    if (side != Side.NEITHER && lines.size() >= FEWEST_LINES && lines.size() <= MOST_LINES) {
      runs.add(new Run(List.copyOf(lines), side == Side.ENGLISH));
    }
  }

  private Side side(Line line) {
    String content = text.substring(line.start(), line.end());
    int han = Han.count(content);
    int latin = Latin.count(content);
    if (han == 0 && latin >= 2) {
      return Side.ENGLISH;
    }
    return han >= 2 && han * 2 >= latin ? Side.CHINESE : Side.NEITHER;
  }

  private boolean adjacent(Run first, Run second) {
    return adjacent(first.lines().get(first.lines().size() - 1), second.lines().get(0));
  }

  /** Only white space between them: no heading, no other line. */
  private boolean adjacent(Line first, Line second) {
    return text.substring(first.end(), second.start()).isBlank();
  }

  /**
   * Lines up the two runs by length, Gale and Church's way: a dynamic programme over beads of one line to one, or
   * two to one either way, each costing the squared log of how far its length ratio is from real pairs'.
   */
  private void align(List<Line> english, List<Line> chinese, Span block, List<Candidate> out) {
    int m = english.size();
    int n = chinese.size();
    if (m > 2 * n || n > 2 * m) {
      return;
    }
    double[][] cost = new double[m + 1][n + 1];
    int[][] step = new int[m + 1][n + 1];
    for (double[] row : cost) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    int[][] beads = {{1, 1}, {2, 1}, {1, 2}};
    for (int i = 0; i <= m; i++) {
      for (int j = 0; j <= n; j++) {
        for (int b = 0; b < beads.length; b++) {
          int di = beads[b][0];
          int dj = beads[b][1];
          if (i >= di && j >= dj && cost[i - di][j - dj] < Double.POSITIVE_INFINITY) {
            double c = cost[i - di][j - dj] + misfit(english.subList(i - di, i), chinese.subList(j - dj, j))
                + (b == 0 ? 0 : MERGE_COST);
            if (c < cost[i][j]) {
              cost[i][j] = c;
              step[i][j] = b;
            }
          }
        }
      }
    }
    List<Candidate> found = new ArrayList<>();
    for (int i = m, j = n; i > 0 || j > 0; ) {
      int[] bead = beads[step[i][j]];
      found.add(0, candidate(english.subList(i - bead[0], i), chinese.subList(j - bead[1], j), block));
      i -= bead[0];
      j -= bead[1];
    }
    out.addAll(found);
  }

  private double misfit(List<Line> english, List<Line> chinese) {
    double letters = english.stream().mapToInt(line -> Latin.count(text.substring(line.start(), line.end()))).sum();
    double han = chinese.stream().mapToInt(line -> Han.count(text.substring(line.start(), line.end()))).sum();
    double log = Math.log((letters + 1) / (LETTERS_PER_HAN * (han + 1)));
    return log * log;
  }

  private Candidate candidate(List<Line> english, List<Line> chinese, Span block) {
    Span englishSpan = new Span(english.get(0).start(), english.get(english.size() - 1).end());
    String englishText = String.join(" ", english.stream()
        .map(line -> text.substring(line.start(), line.end()).strip()).toList());
    Span chineseSpan = new Span(chinese.get(0).start(), chinese.get(chinese.size() - 1).end());
    return new Candidate(FindPattern.VERSE_BLOCKS, englishText, englishSpan, chineseSpan, true, -1, -1, block);
  }
}
