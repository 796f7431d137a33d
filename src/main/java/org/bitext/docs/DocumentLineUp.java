package org.bitext.docs;

import java.util.List;
import org.bitext.find.LineUp;
import org.bitext.lexicon.Lexicon;

/**
 * Lines up two short runs of lines with the document aligner: the same dictionary evidence, length fit and bead
 * shapes as for two documents (the boundaries left where the programme puts them), so a stanza one side leaves out
 * is skipped and a line the other splits in two is one group, where lengths alone would slide every line after it
 * out of place. Whether the runs translate each other at all is the aligner's contrast, as for two documents.
 */
public final class DocumentLineUp implements LineUp {
  /**
   * The most lines on a side of a group: a line of verse is rendered by a line, or split in two. A bead of more is a
   * stanza the other side leaves out, merged into its neighbour because merging costs less than leaving lines out.
   */
  static final int MOST_LINES_A_SIDE = 2;

  private final DocumentAligner aligner;

  public DocumentLineUp(Lexicon lexicon) {
    // Without the boundary moves: they mend where a long bead of prose ends, but a run's groups are a line or two a
    // side, the rest dropped, and a move would only reshape the beads a stanza left out makes, and with them the
    // one-to-one beads the check against unrelated runs reads (a bibliography line paired with a Chinese sentence).
    this.aligner =
        new DocumentAligner(new LexicalSimilarity(lexicon), AlignSettings.defaults().withoutBoundaryMoves());
  }

  @Override
  public LinedUpRuns lineUp(List<String> english, List<String> chinese) {
    Alignment alignment = aligner.alignChecked(sentences(chinese), sentences(english));
    List<LineGroup> groups = alignment.beads().stream().filter(DocumentLineUp::isLineForLine)
        .map(bead -> new LineGroup(bead.enStart(), bead.enEnd(), bead.zhStart(), bead.zhEnd(), bead.score()))
        .toList();
    return new LinedUpRuns(groups, alignment.related());
  }

  private static boolean isLineForLine(Bead bead) {
    return !bead.hasEmptySide() && bead.zhCount() <= MOST_LINES_A_SIDE && bead.enCount() <= MOST_LINES_A_SIDE;
  }

  /** One paragraph for the run: its stanza breaks are not marked on both sides alike. */
  private static List<DocumentSentence> sentences(List<String> lines) {
    return lines.stream().map(line -> new DocumentSentence(line, 0)).toList();
  }
}
