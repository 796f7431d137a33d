package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a Chinese document with its English translation in two passes, after Bertalign: a coarse pass with the
 * simple bead shapes in a wide band around the length diagonal finds the path; a fine pass with every merged shape
 * in a narrow band around that path fixes the beads. Both passes visit a number of cells proportional to the
 * documents' length, so time and memory grow linearly.
 */
public final class DocumentAligner {
  private static final double PRIOR_RATIO = 3.5;
  private static final int[] SHIFTS = {-97, -31, -7, 7, 31, 97};
  private static final int SAMPLED = 2000;
  /** How many Chinese characters of evidence the prior ratio is worth. */
  private static final double PRIOR_WEIGHT = 300;

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
    int[] zhLengths = lengths(zh);
    int[] enLengths = lengths(en);
    DocumentShape shape = new DocumentShape(zhLengths, enLengths, lengthRatio(sum(zhLengths), sum(enLengths)),
        paragraphs(zh), paragraphs(en));
    Corridor band = Corridor.lengthDiagonal(zhLengths, enLengths, settings.coarseHalfWidth());
    List<Bead> coarse = pass(BeadShape.coarse(), band, evidence, shape);
    Corridor fine = Corridor.around(BandedAligner.nodes(coarse), zh.size(), en.size(), settings.fineHalfWidth());
    List<Bead> beads = pass(BeadShape.all(), fine, evidence, shape);
    BeadScorer direct = new BeadScorer(evidence, PairOverlaps.direct(evidence), shape, settings.lengthSigma());
    return new Alignment(beads, contrast(beads, direct, en.size()));
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
    BeadScorer scorer = new BeadScorer(evidence, pairs, shape, settings.lengthSigma());
    return new BandedAligner(shapes, settings).align(corridor, scorer);
  }

  /**
   * English characters per Chinese character: the documents' own ratio, drawn towards the usual 3.5 (the Bible set
   * has 3.4, published novels 4.1) when they are short, because then one extra sentence skews it.
   */
  static double lengthRatio(long zhChars, long enChars) {
    return (enChars + PRIOR_RATIO * PRIOR_WEIGHT) / (zhChars + PRIOR_WEIGHT);
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

  /** Characters other than white space: what a translation's length ratio is measured in. */
  private static int[] lengths(List<DocumentSentence> sentences) {
    int[] lengths = new int[sentences.size()];
    for (int k = 0; k < lengths.length; k++) {
      String text = sentences.get(k).text();
      int count = 0;
      for (int c = 0; c < text.length(); c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          count++;
        }
      }
      lengths[k] = count;
    }
    return lengths;
  }

  private static int[] paragraphs(List<DocumentSentence> sentences) {
    return sentences.stream().mapToInt(DocumentSentence::paragraph).toArray();
  }

  private static long sum(int[] values) {
    long total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
