package org.bitext.align;

import java.util.List;
import java.util.Optional;
import org.bitext.find.Candidate;

/** What the aligner made of one candidate: a pair, or the reason there is none. */
public record Decision(Candidate candidate, Optional<Pair> pair, List<Evidence> evidence, String rejection) {
  static Decision accepted(Candidate candidate, Pair pair, List<Evidence> evidence) {
    return new Decision(candidate, Optional.of(pair), List.copyOf(evidence), "");
  }

  static Decision rejected(Candidate candidate, String reason) {
    return new Decision(candidate, Optional.empty(), List.of(), reason);
  }
}
