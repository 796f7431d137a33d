package org.bitext.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.common.Brackets;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.lexicon.Han;

/**
 * A run of English lines next to a run of Chinese lines (a song's English stanzas, then its Chinese ones; a law's
 * sections, then their translation), lined up by a {@link LineUp}: line by line, several lines of one side to one of
 * the other where the words say so (Sleep in heavenly peace / Sleep in heavenly peace ↔ 静享天赐安眠，静享天赐安眠),
 * a stanza one side leaves out skipped. An English run between two Chinese ones goes with the one it lines up with
 * better. Standing next to each other proves little, so the aligner keeps these only when the dictionary vouches
 * for the run: for enough of its lines, or for their order.
 */
final class VerseBlocks {
  /** Fewer lines are a quotation, which the bilingual-block pattern pairs. */
  private static final int FEWEST_LINES = 3;
  /** A run longer than this is no song. */
  private static final int MOST_LINES = 200;
  private static final Set<LineKind> RUN_KINDS = Set.of(LineKind.INDENTED, LineKind.PARAGRAPH, LineKind.LIST_ITEM);
  /** A label: one word, perhaps with a colon ({@code Chorus:}). */
  private static final Pattern ONE_WORD = Pattern.compile("\\p{IsLatin}+[.:：]?");

  private final CleanText clean;
  private final String text;
  private final LineUp lineUp;

  VerseBlocks(CleanText clean, LineUp lineUp) {
    this.clean = clean;
    this.text = clean.text();
    this.lineUp = lineUp;
  }

  /** The language of a line, as far as lining up verse goes. */
  private enum Side {
    ENGLISH,
    CHINESE,
    /** A label that interrupts no run ({@code (Chorus)}, {@code （合唱）}): it stands for lines, it is none. */
    LABEL,
    NEITHER
  }

  /** One side's run of lines. */
  private record Run(List<Line> lines, boolean english) {
    Span span() {
      return new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
    }
  }

  /** Two runs lined up (the {@code first} and {@code last} of the article's runs it spans), and how well. */
  private record LinedUp(int first, int last, Run english, Run chinese, List<LineUp.LineGroup> groups,
      double weight) {}

  void find(List<Candidate> out) {
    List<Run> runs = runs(clean.lines());
    List<LinedUp> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < runs.size(); i++) {
      linedUp(runs, i, i + 1).ifPresent(pairs::add);
      // English, then the same verse in another Latin-script language (Fijian), then the Chinese.
      if (i + 2 < runs.size() && runs.get(i + 1).english() == runs.get(i).english()
          && adjacent(runs.get(i), runs.get(i + 1))) {
        linedUp(runs, i, i + 2).ifPresent(pairs::add);
      }
    }
    for (LinedUp chosen : bestMatching(pairs, runs.size())) {
      for (LineUp.LineGroup group : chosen.groups()) {
        out.add(candidate(chosen.english().lines().subList(group.englishStart(), group.englishEnd()),
            chosen.chinese().lines().subList(group.chineseStart(), group.chineseEnd()), chosen.chinese().span()));
      }
    }
  }

  /**
   * Runs {@code first} and {@code last} lined up, the runs between them (if any) read by neither. Next to each
   * other, where they stand says they go together, and the aligner vouches for each line; with another run between
   * them (a bibliography between a poem and a list of prizes), only the words can say so.
   */
  private Optional<LinedUp> linedUp(List<Run> runs, int first, int last) {
    Run one = runs.get(first);
    Run other = runs.get(last);
    if (one.english() == other.english() || !adjacent(runs.get(last - 1), other)) {
      return Optional.empty();
    }
    Run english = one.english() ? one : other;
    Run chinese = one.english() ? other : one;
    LineUp.LinedUpRuns linedUp = lineUp.lineUp(contents(english), contents(chinese));
    double weight = linedUp.groups().stream().mapToDouble(LineUp.LineGroup::similarity).sum();
    if (last - first > 1 && !linedUp.shownToTranslate() || weight <= 0) {
      return Optional.empty();
    }
    return Optional.of(new LinedUp(first, last, english, chinese, linedUp.groups(), weight));
  }

  /**
   * The pairs of runs to keep, no run in two: of {@code pairs} (each spanning the runs from its first to its last),
   * the set of pairs that do not overlap that lines up the most, by a programme along the runs.
   */
  private static List<LinedUp> bestMatching(List<LinedUp> pairs, int runs) {
    double[] best = new double[runs + 1];
    LinedUp[] taken = new LinedUp[runs + 1];
    for (int k = 1; k <= runs; k++) {
      best[k] = best[k - 1];
      for (LinedUp pair : pairs) {
        if (pair.last() == k - 1 && best[pair.first()] + pair.weight() > best[k]) {
          best[k] = best[pair.first()] + pair.weight();
          taken[k] = pair;
        }
      }
    }
    List<LinedUp> chosen = new ArrayList<>();
    for (int k = runs; k >= 1; ) {
      if (taken[k] != null) {
        chosen.add(0, taken[k]);
        k = taken[k].first();
      } else {
        k--;
      }
    }
    return chosen;
  }

  /** Maximal runs of lines all English or all Chinese, each of at least {@link #FEWEST_LINES}. */
  private List<Run> runs(List<Line> lines) {
    List<Run> runs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    Side side = Side.NEITHER;
    Line previous = null;
    for (Line line : lines) {
      Side next = isRunLine(line) ? side(line) : Side.NEITHER;
      boolean continues = previous != null && adjacent(previous, line);
      if (next == Side.LABEL && continues) {
        previous = line;
        continue;
      }
      if (next != side || !continues) {
        addRun(runs, current, side);
        current = new ArrayList<>();
      }
      side = next;
      if (side != Side.NEITHER) {
        current.add(line);
      }
      previous = line;
    }
    addRun(runs, current, side);
    return runs;
  }

  /**
   * Indented lines, paragraphs and list items: a song set out a line a paragraph, a law's sections quoted and then
   * listed in translation. Headings part runs; table cells are the table patterns'.
   */
  private static boolean isRunLine(Line line) {
    return RUN_KINDS.contains(line.kind());
  }

  private static void addRun(List<Run> runs, List<Line> lines, Side side) {
    if ((side == Side.ENGLISH || side == Side.CHINESE) && lines.size() >= FEWEST_LINES
        && lines.size() <= MOST_LINES) {
      runs.add(new Run(List.copyOf(lines), side == Side.ENGLISH));
    }
  }

  private Side side(Line line) {
    String content = text.substring(line.start(), line.end()).strip();
    if (isLabel(content)) {
      return Side.LABEL;
    }
    int han = Han.count(content);
    int latin = Latin.count(content);
    if (han == 0 && latin >= 2) {
      return Side.ENGLISH;
    }
    return han >= 2 && han * 2 >= latin ? Side.CHINESE : Side.NEITHER;
  }

  /**
   * A line all in parentheses, one English word alone, or a short introduction ({@code 译文：}): what the lines
   * after it are, not what they say.
   */
  private static boolean isLabel(String content) {
    int last = content.length() - 1;
    boolean parenthesised = last >= 1 && Brackets.isParenOpener(content.charAt(0))
        && Brackets.isParenCloser(content.charAt(last))
        && content.substring(1, last).chars().noneMatch(c -> Brackets.isParenCloser((char) c));
    return parenthesised || BilingualLines.isIntroduction(content) || ONE_WORD.matcher(content).matches();
  }

  private List<String> contents(Run run) {
    return run.lines().stream().map(line -> text.substring(line.start(), line.end()).strip()).toList();
  }

  /**
   * Only white space, labels or headings between the runs: lyrics under ===English=== and their translation under
   * ===中文翻譯=== are one song; a line of prose between them parts them.
   */
  private boolean adjacent(Run first, Run second) {
    int end = first.lines().get(first.lines().size() - 1).end();
    int start = second.lines().get(0).start();
    StringBuilder between = new StringBuilder(text.substring(end, start));
    for (Line line : clean.linesWithin(new Span(end, start))) {
      if (line.kind() == LineKind.HEADING) {
        between.replace(line.start() - end, line.end() - end, " ".repeat(line.end() - line.start()));
      }
    }
    return onlyLabelsIn(between.toString());
  }

  /** Only white space or labels between two lines of a run: no heading, no other line. */
  private boolean adjacent(Line first, Line second) {
    return onlyLabelsIn(text.substring(first.end(), second.start()));
  }

  private static boolean onlyLabelsIn(String between) {
    return between.isBlank() || between.lines().map(String::strip).allMatch(part -> part.isEmpty() || isLabel(part));
  }

  private Candidate candidate(List<Line> english, List<Line> chinese, Span block) {
    Span englishSpan = new Span(english.get(0).start(), english.get(english.size() - 1).end());
    String englishText = String.join(" ", english.stream()
        .map(line -> text.substring(line.start(), line.end()).strip()).toList());
    Span chineseSpan = new Span(chinese.get(0).start(), chinese.get(chinese.size() - 1).end());
    return new Candidate(FindPattern.VERSE_BLOCKS, englishText, englishSpan, chineseSpan, true, -1, -1, block);
  }
}
