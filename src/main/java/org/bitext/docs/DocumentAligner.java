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
  /** How many Chinese characters of evidence the prior ratio is worth. */
  private static final double PRIOR_WEIGHT = 300;

  private final Similarity similarity;
  private final AlignSettings settings;

  public DocumentAligner(Similarity similarity, AlignSettings settings) {
    this.similarity = similarity;
    this.settings = settings;
  }

  public List<Bead> align(List<DocumentSentence> zh, List<DocumentSentence> en) {
    if (zh.isEmpty() || en.isEmpty()) {
      return unaligned(zh.size(), en.size());
    }
    Similarity.Evidence evidence = similarity.prepare(zh, en);
    int[] zhLengths = lengths(zh);
    int[] enLengths = lengths(en);
    double ratio = lengthRatio(sum(zhLengths), sum(enLengths));
    Corridor band = Corridor.lengthDiagonal(zhLengths, enLengths, settings.coarseHalfWidth());
    List<Bead> coarse = pass(BeadShape.coarse(), band, evidence, zhLengths, enLengths, ratio);
    Corridor fine = Corridor.around(BandedAligner.nodes(coarse), zh.size(), en.size(), settings.fineHalfWidth());
    return pass(BeadShape.all(), fine, evidence, zhLengths, enLengths, ratio);
  }

  private List<Bead> pass(List<BeadShape> shapes, Corridor corridor, Similarity.Evidence evidence,
      int[] zhLengths, int[] enLengths, double ratio) {
    int maxZh = shapes.stream().mapToInt(BeadShape::zh).max().orElse(1);
    int maxEn = shapes.stream().mapToInt(BeadShape::en).max().orElse(1);
    PairTable pairs = new PairTable(evidence, corridor, maxZh, maxEn, enLengths.length);
    BeadScorer scorer = new BeadScorer(evidence, pairs, zhLengths, enLengths, ratio, settings.lengthSigma());
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

  private static long sum(int[] values) {
    long total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
