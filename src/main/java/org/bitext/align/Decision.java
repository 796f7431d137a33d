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
   */
  record Accepted(Candidate candidate, Pair pair, FeatureVector features, List<Evidence> evidence,
      String spanChoice) implements Decision {
    public Accepted {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * No pair.
   *
   * @param reason why, for a person
   */
  record Rejected(Candidate candidate, String reason) implements Decision {}
}
