package org.bitext.align;

import java.util.List;
import java.util.Optional;
import org.bitext.find.Candidate;

/**
 * What the aligner made of one candidate: a pair with the evidence for its score and how its Chinese span was
 * chosen, or the reason there is no pair.
 */
public record Decision(Candidate candidate, Optional<Pair> pair, List<Evidence> evidence, String spanChoice,
    String rejection) {
  static Decision accepted(Candidate candidate, Pair pair, List<Evidence> evidence, String spanChoice) {
    return new Decision(candidate, Optional.of(pair), List.copyOf(evidence), spanChoice, "");
  }

  static Decision rejected(Candidate candidate, String reason) {
    return new Decision(candidate, Optional.empty(), List.of(), "", reason);
  }
}
