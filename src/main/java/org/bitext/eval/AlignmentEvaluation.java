package org.bitext.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bitext.docs.LadderBead;

/**
 * Scores beads against gold beads as the published sentence-alignment benchmarks do: beads with an empty side are
 * left out on both sides; strict counts a bead equal to a gold bead; lax counts a bead that shares at least one
 * sentence with one gold bead on each side (and a gold bead that some output bead shares sentences with so).
 */
public record AlignmentEvaluation(AlignmentScore strict, AlignmentScore lax, Map<String, Integer> outputShapes,
    Map<String, Integer> goldShapes) {

  public static AlignmentEvaluation of(List<LadderBead> output, List<LadderBead> gold) {
    List<LadderBead> scoredOutput = output.stream().filter(b -> !b.hasEmptySide()).toList();
    List<LadderBead> scoredGold = gold.stream().filter(b -> !b.hasEmptySide()).toList();
    Set<LadderBead> goldSet = new HashSet<>(scoredGold);
    int strictMatches = (int) scoredOutput.stream().filter(goldSet::contains).count();
    Set<LadderBead> outputSet = new HashSet<>(scoredOutput);
    int strictFound = (int) scoredGold.stream().filter(outputSet::contains).count();
    AlignmentScore strict = new AlignmentScore(strictMatches, scoredOutput.size(), strictFound, scoredGold.size());
    AlignmentScore lax = new AlignmentScore(laxMatches(scoredOutput, scoredGold), scoredOutput.size(),
        laxMatches(scoredGold, scoredOutput), scoredGold.size());
    return new AlignmentEvaluation(strict, lax, shapes(output), shapes(gold));
  }

  /** How many of {@code beads} share a sentence on each side with one bead of {@code others}. */
  private static int laxMatches(List<LadderBead> beads, List<LadderBead> others) {
    Map<Integer, Integer> zhOwner = new HashMap<>();
    Map<Integer, Integer> enOwner = new HashMap<>();
    for (int k = 0; k < others.size(); k++) {
      int owner = k;
      others.get(k).zh().forEach(i -> zhOwner.put(i, owner));
      others.get(k).en().forEach(j -> enOwner.put(j, owner));
    }
    int matches = 0;
    for (LadderBead bead : beads) {
      Set<Integer> zhOwners = new HashSet<>();
      bead.zh().forEach(i -> {
        if (zhOwner.containsKey(i)) {
          zhOwners.add(zhOwner.get(i));
        }
      });
      if (bead.en().stream().map(enOwner::get).anyMatch(zhOwners::contains)) {
        matches++;
      }
    }
    return matches;
  }

  /** How many beads of each shape ({@code 2-1}: two Chinese sentences, one English), empty sides included. */
  private static Map<String, Integer> shapes(List<LadderBead> beads) {
    Map<String, Integer> counts = new TreeMap<>();
    beads.forEach(bead -> counts.merge(bead.shape(), 1, Integer::sum));
    return counts;
  }
}
