package org.bitext.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.docs.LadderBead;

/**
 * Merges consecutive beads whose sentences all lie in one verse, so that sentence beads can be compared with a gold
 * made from verse numbers (exact at verse level only). A side with no sentence takes the other side's verse.
 */
public final class VerseMerge {
  private final List<String> zhVerses;
  private final List<String> enVerses;

  public VerseMerge(List<String> zhVerses, List<String> enVerses) {
    this.zhVerses = List.copyOf(zhVerses);
    this.enVerses = List.copyOf(enVerses);
  }

  public List<LadderBead> merge(List<LadderBead> beads) {
    List<LadderBead> merged = new ArrayList<>();
    Optional<String> openVerse = Optional.empty();
    for (LadderBead bead : beads) {
      Optional<String> verse = verseOf(bead);
      if (verse.isPresent() && verse.equals(openVerse)) {
        LadderBead last = merged.remove(merged.size() - 1);
        merged.add(new LadderBead(concat(last.zh(), bead.zh()), concat(last.en(), bead.en())));
      } else {
        merged.add(bead);
      }
      openVerse = verse;
    }
    return merged;
  }

  /** The one verse all the bead's sentences lie in, if there is one. */
  private Optional<String> verseOf(LadderBead bead) {
    List<String> verses = new ArrayList<>();
    bead.zh().forEach(i -> verses.add(verse(zhVerses, i, "Chinese")));
    bead.en().forEach(j -> verses.add(verse(enVerses, j, "English")));
    return verses.stream().distinct().count() == 1 ? Optional.of(verses.get(0)) : Optional.empty();
  }

  private static String verse(List<String> verses, int index, String side) {
    if (index >= verses.size()) {
      throw new IllegalArgumentException(
          side + " sentence " + index + " has no verse (the verse file has " + verses.size() + " lines)");
    }
    return verses.get(index);
  }

  private static List<Integer> concat(List<Integer> first, List<Integer> second) {
    List<Integer> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
