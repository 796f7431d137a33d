package org.bitext.find;

import java.util.List;

/**
 * Which lines of a run of English lines render which lines of a run of Chinese ones: the stanzas of a song given in
 * English and then in Chinese, where the Chinese may leave a stanza out or split a line in two. The finder only
 * sees where the runs stand; what the words say is the line-up's to judge.
 */
public interface LineUp {
  LinedUpRuns lineUp(List<String> english, List<String> chinese);

  /**
   * @param groups the groups of lines that render each other, in order; lines in no group render nothing on the
   *     other side
   * @param shownToTranslate whether the words show the runs translate each other at all: lined up, they fit
   *     several times better than shifted against each other. Two runs standing side by side need no such proof;
   *     two with another run between them do.
   */
  record LinedUpRuns(List<LineGroup> groups, boolean shownToTranslate) {
    public LinedUpRuns {
      groups = List.copyOf(groups);
    }
  }

  /**
   * English lines {@code [englishStart, englishEnd)} rendered by Chinese lines {@code [chineseStart, chineseEnd)}.
   *
   * @param similarity how well the two sides account for each other, in [0, 1]
   */
  record LineGroup(int englishStart, int englishEnd, int chineseStart, int chineseEnd, double similarity) {
    public LineGroup {
      if (englishStart < 0 || englishEnd <= englishStart || chineseStart < 0 || chineseEnd <= chineseStart) {
        throw new IllegalArgumentException("not a group of lines on both sides: [" + englishStart + ", "
            + englishEnd + ") : [" + chineseStart + ", " + chineseEnd + ")");
      }
    }
  }
}
