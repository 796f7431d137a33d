package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a Chinese document with its English translation coarse to fine, after Vecalign and Bertalign: a block pass
 * over both documents merged into blocks of sentences, in a wide band around the blocks' length diagonal, finds
 * the region of the path; a sentence pass with the simple bead shapes in a band around it finds the path; the
 * words that keep meeting in its confident beads are added to the evidence ({@link Similarity.Evidence#learnedFrom},
 * after hunalign's realign); a pass with every merged shape in a narrow band around the path fixes the beads; last,
 * each boundary between two beads may move by a sentence ({@link BoundaryMoves}). Each pass visits a number of cells
 * proportional to the documents' length, so time and memory grow linearly.
 */
public final class DocumentAligner {
  private static final int[] SHIFTS = {-97, -31, -7, 7, 31, 97};
  private static final int SAMPLED = 2000;

  private final Similarity similarity;
  private final AlignSettings settings;

  public DocumentAligner(Similarity similarity, AlignSettings settings) {
    this.similarity = similarity;
    this.settings = settings;
  }

  public List<Bead> align(List<DocumentSentence> zh, List<DocumentSentence> en) {
    return alignChecked(zh, en).beads();
  }

  /**
   * The beads and how much better they score than the same beads with the English shifted elsewhere: a text and
   * its translation score several times better aligned than shifted; two unrelated texts (even of one genre,
   * sharing its vocabulary) about the same.
   */
  public Alignment alignChecked(List<DocumentSentence> zh, List<DocumentSentence> en) {
    if (zh.isEmpty() || en.isEmpty()) {
      return new Alignment(unaligned(zh.size(), en.size()), 0);
    }
    Similarity.Evidence evidence = similarity.prepare(zh, en);
    DocumentShape shape = DocumentShape.of(zh, en);
    List<Bead> blockPath = blockPath(evidence, shape);
    Corridor aroundBlocks = Corridor.around(BandedAligner.nodes(blockPath), zh.size(), en.size(),
        settings.blockSize());
    List<Bead> coarse = pass(BeadShape.coarse(), aroundBlocks, evidence, shape);
    Similarity.Evidence learned = evidence.learnedFrom(coarse);
    Corridor fine = Corridor.around(BandedAligner.nodes(coarse), zh.size(), en.size(), settings.fineHalfWidth());
    List<Bead> beads = pass(BeadShape.all(), fine, learned, shape);
    if (settings.boundaryMoves()) {
      beads = new BoundaryMoves(direct(learned, shape), BeadShape.all(), settings).refine(beads);
    }
    // The check asks the dictionary alone: what was learned from the beads would make any beads look right.
    BeadScorer direct = direct(evidence, shape);
    return new Alignment(beads, contrast(beads, direct, en.size()));
  }

  /**
   * The coarsest pass, after Vecalign: both documents merged into blocks of {@link AlignSettings#blockSize()}
   * sentences, aligned in a band around the blocks' length diagonal as wide as the band of sentences asked for, and
   * the path projected back onto the sentences. The band's cells cost a block's words each, not a sentence's, and
   * there are a block's size squared fewer of them.
   */
  private List<Bead> blockPath(Similarity.Evidence evidence, DocumentShape shape) {
    SentenceBlocks blocks =
        SentenceBlocks.of(shape.zhLengths().length, shape.enLengths().length, settings.blockSize());
    DocumentShape blockShape = blocks.shape(shape);
    int halfWidth = Math.max(1, settings.coarseHalfWidth() / settings.blockSize());
    Corridor band = Corridor.lengthDiagonal(blockShape.zhLengths(), blockShape.enLengths(), halfWidth);
    Similarity.Evidence blockEvidence = evidence.blocks(blocks.zhStarts(), blocks.enStarts());
    return blocks.project(pass(BeadShape.blocks(), band, blockEvidence, blockShape));
  }

  /**
   * The mean similarity of the one-to-one beads over that of the same Chinese sentences with English sentences
   * {@link #SHIFTS} away; at most {@link #SAMPLED} beads, evenly spread, are tried.
   */
  static double contrast(List<Bead> beads, BeadScorer scorer, int enCount) {
    List<Bead> ones = beads.stream().filter(b -> b.zhCount() == 1 && b.enCount() == 1).toList();
    if (ones.isEmpty() || enCount < 2) {
      return 0;
    }
    int step = Math.max(1, ones.size() / SAMPLED);
    double aligned = 0;
    double shifted = 0;
    for (int k = 0; k < ones.size(); k += step) {
      Bead bead = ones.get(k);
      aligned += scorer.similarity(bead.zhStart(), bead.zhEnd(), bead.enStart(), bead.enEnd());
      for (int shift : SHIFTS) {
        int j = Math.floorMod(bead.enStart() + shift, enCount);
        shifted += scorer.similarity(bead.zhStart(), bead.zhEnd(), j, j + 1) / SHIFTS.length;
      }
    }
    return aligned / Math.max(shifted, 1e-6);
  }

  private List<Bead> pass(List<BeadShape> shapes, Corridor corridor, Similarity.Evidence evidence,
      DocumentShape shape) {
    int maxZh = shapes.stream().mapToInt(BeadShape::zh).max().orElse(1);
    int maxEn = shapes.stream().mapToInt(BeadShape::en).max().orElse(1);
    PairTable pairs = new PairTable(evidence, corridor, maxZh, maxEn, shape.enLengths().length);
    BeadScorer cells = new BeadScorer(evidence, pairs, shape, settings.lengthSigma());
    return new BandedAligner(shapes, settings).align(corridor, cells, direct(evidence, shape));
  }

  private BeadScorer direct(Similarity.Evidence evidence, DocumentShape shape) {
    return new BeadScorer(evidence, PairOverlaps.direct(evidence), shape, settings.lengthSigma());
  }

  private static List<Bead> unaligned(int zhCount, int enCount) {
    List<Bead> beads = new ArrayList<>();
    for (int i = 0; i < zhCount; i++) {
      beads.add(new Bead(i, i + 1, 0, 0, 0));
    }
    for (int j = 0; j < enCount; j++) {
      beads.add(new Bead(zhCount, zhCount, j, j + 1, 0));
    }
    return beads;
  }
}
