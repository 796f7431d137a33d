package org.bitext.align;

import java.util.List;
import org.bitext.find.Candidate;

/** What the aligner made of one candidate: a pair, or the reason there is none. */
public sealed interface Decision {
  Candidate candidate();

  /**
   * A pair, with the evidence for its score and how its Chinese span was chosen.
   *
   * @param spanChoice how the Chinese span was chosen, for a person
   */
  record Accepted(Candidate candidate, Pair pair, List<Evidence> evidence, String spanChoice) implements Decision {
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
