package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A last look at each boundary between two neighbouring beads, after hunalign's and Bertalign's refinement: the
 * sentence on either side of it may belong to the other bead. The dynamic programme sums one similarity a bead,
 * whatever the bead holds, which is right for choosing how many beads there are (a split must earn its keep) but
 * biased as to where a boundary falls: a bead's similarity is one share of its whole, so a sentence the two
 * neighbours account for about equally is drawn to the weaker or the smaller of them, whose share it raises more,
 * and a terse classical sentence rendered by six English ones loses its last, a summing-up (Giles' "So much for
 * river warfare."), to the short bead after it. Here a bead is worth its sentences' shares summed, each sentence's
 * share of itself the other side accounts for, times the bead's length fit: a sentence adds what it is explained
 * by, wherever it goes. A move keeps both beads and every sentence count, so the costs of merged sentences cancel;
 * paragraph breaks inside a bead still cost. A move must gain the sentences more than merging a sentence costs (the
 * programme's choice stands unless the sentences say otherwise by at least what it would count itself), and the
 * bead the sentence goes to must account for at least as much of it as the bead it leaves: else sentences flee a
 * bead whose lengths disagree (a stanza one side leaves out, merged into a neighbour), whatever their words say,
 * because its length fit scales all of them.
 */
final class BoundaryMoves {
  /** The passes over all boundaries at most: a move can open another at the boundary before it. */
  static final int PASSES = 3;

  private final BeadScorer scorer;
  /** {@code allowed[zh][en]}: whether a bead of that shape may come out of a move. */
  private final boolean[][] allowed;
  private final double paragraphCost;
  private final double margin;

  BoundaryMoves(BeadScorer scorer, List<BeadShape> shapes, AlignSettings settings) {
    this.scorer = scorer;
    int maxZh = shapes.stream().mapToInt(BeadShape::zh).max().orElse(0);
    int maxEn = shapes.stream().mapToInt(BeadShape::en).max().orElse(0);
    this.allowed = new boolean[maxZh + 1][maxEn + 1];
    shapes.forEach(shape -> allowed[shape.zh()][shape.en()] = true);
    this.paragraphCost = settings.paragraphCost();
    this.margin = settings.mergeCost();
  }

  /** The beads with every move made that gains more than the margin, leftmost boundary first. */
  List<Bead> refine(List<Bead> beads) {
    List<Bead> refined = new ArrayList<>(beads);
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (int k = 0; k + 1 < refined.size(); k++) {
        moved |= improve(refined, k);
      }
      if (!moved) {
        break;
      }
    }
    return refined;
  }

  /** The best move across the boundary after bead {@code k}, if it gains enough; whether one was made. */
  private boolean improve(List<Bead> beads, int k) {
    Bead left = beads.get(k);
    Bead right = beads.get(k + 1);
    if (left.hasEmptySide() || right.hasEmptySide()) {
      return false;
    }
    double best = value(left) + value(right) + margin;
    Bead[] chosen = null;
    for (Bead[] move : moves(left, right)) {
      if (allowed(move[0]) && allowed(move[1])) {
        double total = value(move[0]) + value(move[1]);
        if (total > best && keepsItsShare(left, right, move)) {
          best = total;
          chosen = move;
        }
      }
    }
    if (chosen == null) {
      return false;
    }
    beads.set(k, scored(chosen[0]));
    beads.set(k + 1, scored(chosen[1]));
    return true;
  }

  /**
   * The pairs of beads one sentence across the boundary gives: the left bead's last English or Chinese sentence to
   * the right one, or the right bead's first to the left, as long as each bead keeps a sentence on either side.
   */
  private static List<Bead[]> moves(Bead left, Bead right) {
    List<Bead[]> moves = new ArrayList<>(4);
    int zh = left.zhEnd();
    int en = left.enEnd();
    if (left.enCount() > 1) {
      moves.add(split(left, zh, en - 1, right));
    }
    if (right.enCount() > 1) {
      moves.add(split(left, zh, en + 1, right));
    }
    if (left.zhCount() > 1) {
      moves.add(split(left, zh - 1, en, right));
    }
    if (right.zhCount() > 1) {
      moves.add(split(left, zh + 1, en, right));
    }
    return moves;
  }

  /** The sentences of {@code left} and {@code right} as two beads meeting at {@code (zh, en)}. */
  private static Bead[] split(Bead left, int zh, int en, Bead right) {
    return new Bead[] {new Bead(left.zhStart(), zh, left.enStart(), en, 0),
        new Bead(zh, right.zhEnd(), en, right.enEnd(), 0)};
  }

  private boolean allowed(Bead bead) {
    return bead.zhCount() < allowed.length && bead.enCount() < allowed[0].length
        && allowed[bead.zhCount()][bead.enCount()];
  }

  /** What a bead's sentences are explained by, summed, times its length fit, less its paragraph breaks. */
  private double value(Bead bead) {
    return scorer.sentenceCoverage(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd())
        * scorer.lengthFit(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd())
        - paragraphCost * scorer.paragraphBreaks(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd());
  }

  /**
   * Whether the sentence {@code move} takes across the boundary between {@code left} and {@code right} is
   * accounted for at least as much by the other side of the bead it joins as by that of the bead it leaves.
   */
  private boolean keepsItsShare(Bead left, Bead right, Bead[] move) {
    // The sentence goes left when the new left bead ends past the old one.
    boolean leftward = move[0].zhEnd() + move[0].enEnd() > left.zhEnd() + left.enEnd();
    Bead leaves = leftward ? right : left;
    Bead joins = leftward ? move[0] : move[1];
    if (move[0].enEnd() != left.enEnd()) {
      int en = leftward ? left.enEnd() : left.enEnd() - 1;
      return scorer.englishShare(joins.zhStart(), joins.zhEnd(), en)
          >= scorer.englishShare(leaves.zhStart(), leaves.zhEnd(), en);
    }
    int zh = leftward ? left.zhEnd() : left.zhEnd() - 1;
    return scorer.chineseShare(zh, joins.enStart(), joins.enEnd())
        >= scorer.chineseShare(zh, leaves.enStart(), leaves.enEnd());
  }

  private double similarity(Bead bead) {
    return scorer.similarity(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd());
  }

  /** The bead with its confidence, as the programme's way back gives it. */
  private Bead scored(Bead bead) {
    return new Bead(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd(),
        Math.max(0, Math.min(1, similarity(bead))));
  }
}
