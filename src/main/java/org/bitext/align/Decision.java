package org.bitext.align;

import java.util.List;
import org.bitext.find.Candidate;

/** What the aligner made of one candidate: a pair, or the reason there is none. */
public sealed interface Decision {
  Candidate candidate();

  /**
   * A pair, with what its score was computed from and how its Chinese span was chosen.
   *
   * @param features the score's input, from which {@code bitext train-score} learns
   * @param evidence each feature with its weight, for a person
   * @param spanChoice how the Chinese span was chosen, for a person
   * @param runnersUp the best of the other spans weighed, best first
   */
  record Accepted(Candidate candidate, Pair pair, FeatureVector features, List<Evidence> evidence,
      String spanChoice, List<RunnerUp> runnersUp) implements Decision {
    public Accepted {
      evidence = List.copyOf(evidence);
      runnersUp = List.copyOf(runnersUp);
    }
  }

  /**
   * A Chinese span weighed for a candidate and not chosen.
   *
   * @param chinese the span's text
   * @param score the score the pair would have had with it
   * @param how how it came to be weighed, for a person
   */
  record RunnerUp(String chinese, double score, String how) {}

  /**
   * No pair.
   *
   * @param reason why, for a person
   */
  record Rejected(Candidate candidate, String reason) implements Decision {}
}
