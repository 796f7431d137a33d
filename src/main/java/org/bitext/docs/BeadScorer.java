package org.bitext.docs;

/**
 * The similarity of a bead's two sides, in [0, 1]: how much of each side the other accounts for (the harmonic mean
 * of the Chinese and the English coverage, each summed over the bead's sentence pairs and capped per sentence),
 * times how well the lengths agree (English runs {@code ratio} characters per Chinese character).
 */
final class BeadScorer {
  /** A bead whose sentences have no dictionary content at all (names, numbers) gets this much for its words. */
  private static final double NO_EVIDENCE = 0.2;

  private final Similarity.Evidence evidence;
  private final PairOverlaps pairs;
  private final int[] zhLengths;
  private final int[] enLengths;
  private final double ratio;
  private final int[] zhParagraphs;
  private final int[] enParagraphs;
  private final double lengthSigma;

  BeadScorer(Similarity.Evidence evidence, PairOverlaps pairs, DocumentShape shape, double lengthSigma) {
    this.evidence = evidence;
    this.pairs = pairs;
    this.zhLengths = shape.zhLengths();
    this.enLengths = shape.enLengths();
    this.ratio = shape.ratio();
    this.zhParagraphs = shape.zhParagraphs();
    this.enParagraphs = shape.enParagraphs();
    this.lengthSigma = lengthSigma;
  }

  double similarity(int zhStart, int zhEnd, int enStart, int enEnd) {
    return coverage(zhStart, zhEnd, enStart, enEnd) * lengthFit(zhStart, zhEnd, enStart, enEnd);
  }

  /**
   * Paragraph breaks inside the bead, on either side: paragraphs are soft anchors, a bead seldom spans one. Zero
   * when a side has a single paragraph (one sentence a line, or text without blank lines), which says nothing.
   */
  int paragraphBreaks(int zhStart, int zhEnd, int enStart, int enEnd) {
    return breaks(zhParagraphs, zhStart, zhEnd) + breaks(enParagraphs, enStart, enEnd);
  }

  private static int breaks(int[] paragraphs, int start, int end) {
    if (paragraphs.length == 0 || paragraphs[paragraphs.length - 1] == 0 || end - start < 2) {
      return 0;
    }
    return paragraphs[end - 1] - paragraphs[start];
  }

  double coverage(int zhStart, int zhEnd, int enStart, int enEnd) {
    double zhMass = 0;
    double zhCovered = 0;
    double[] enCovered = new double[enEnd - enStart];
    for (int i = zhStart; i < zhEnd; i++) {
      double mass = evidence.zhMass(i);
      double covered = 0;
      for (int j = enStart; j < enEnd; j++) {
        covered += pairs.zh(i, j);
        enCovered[j - enStart] += pairs.en(i, j);
      }
      zhMass += mass;
      zhCovered += Math.min(mass, covered);
    }
    double enMass = 0;
    double enTotal = 0;
    for (int j = enStart; j < enEnd; j++) {
      double mass = evidence.enMass(j);
      enMass += mass;
      enTotal += Math.min(mass, enCovered[j - enStart]);
    }
    return coverage(zhMass, zhCovered, enMass, enTotal);
  }

  private static double coverage(double zhMass, double zhCovered, double enMass, double enCovered) {
    if (zhMass == 0 && enMass == 0) {
      return NO_EVIDENCE;
    }
    if (zhMass == 0 || enMass == 0) {
      return zhMass == 0 ? enCovered / enMass : zhCovered / zhMass;
    }
    double cz = zhCovered / zhMass;
    double ce = enCovered / enMass;
    // The harmonic mean: a side the other leaves mostly unexplained (an extra sentence merged in) pulls hard.
    return cz + ce == 0 ? 0 : 2 * cz * ce / (cz + ce);
  }

  /**
   * How much of each of the bead's sentences the other side accounts for, as a share of the sentence, summed over
   * the sentences (a sentence with no content adds nothing). Unlike {@link #coverage}, which is one share for the
   * whole bead, a sentence the other side says nothing of adds the same, nothing, to whichever bead holds it.
   */
  double sentenceCoverage(int zhStart, int zhEnd, int enStart, int enEnd) {
    double sum = 0;
    double[] enCovered = new double[enEnd - enStart];
    for (int i = zhStart; i < zhEnd; i++) {
      double covered = 0;
      for (int j = enStart; j < enEnd; j++) {
        covered += pairs.zh(i, j);
        enCovered[j - enStart] += pairs.en(i, j);
      }
      sum += share(covered, evidence.zhMass(i));
    }
    for (int j = enStart; j < enEnd; j++) {
      sum += share(enCovered[j - enStart], evidence.enMass(j));
    }
    return sum;
  }

  /** The share of English sentence {@code en} that Chinese sentences {@code [zhStart, zhEnd)} account for. */
  double englishShare(int zhStart, int zhEnd, int en) {
    double covered = 0;
    for (int i = zhStart; i < zhEnd; i++) {
      covered += pairs.en(i, en);
    }
    return share(covered, evidence.enMass(en));
  }

  /** The share of Chinese sentence {@code zh} that English sentences {@code [enStart, enEnd)} account for. */
  double chineseShare(int zh, int enStart, int enEnd) {
    double covered = 0;
    for (int j = enStart; j < enEnd; j++) {
      covered += pairs.zh(zh, j);
    }
    return share(covered, evidence.zhMass(zh));
  }

  private static double share(double covered, double mass) {
    return mass == 0 ? 0 : Math.min(mass, covered) / mass;
  }

  double lengthFit(int zhStart, int zhEnd, int enStart, int enEnd) {
    double zh = 0;
    for (int i = zhStart; i < zhEnd; i++) {
      zh += zhLengths[i];
    }
    double en = 0;
    for (int j = enStart; j < enEnd; j++) {
      en += enLengths[j];
    }
    return lengthFit(zh, en);
  }

  private double lengthFit(double zhChars, double enChars) {
    double delta = Math.log((enChars + ratio) / (zhChars * ratio + ratio));
    return Math.exp(-delta * delta / (2 * lengthSigma * lengthSigma));
  }

  /**
   * The similarities of the beads of Chinese sentence {@code zh} with the {@code n} English sentences before
   * {@code enEnd}, into {@code into[n]} for {@code n} from 1 to {@code most}: the beads of one cell and one Chinese
   * sentence share their pairs, so each pair is summed once for all of them rather than once a bead (a 1-12 would
   * otherwise cost twelve pairs, and the eleven beads below it 66 more).
   */
  void oneToMany(int zh, int enEnd, int most, double[] into) {
    double zhMass = evidence.zhMass(zh);
    double zhCovered = 0;
    double enMass = 0;
    double enCovered = 0;
    double enChars = 0;
    for (int n = 1; n <= most; n++) {
      int en = enEnd - n;
      double mass = evidence.enMass(en);
      zhCovered += pairs.zh(zh, en);
      enMass += mass;
      enCovered += Math.min(mass, pairs.en(zh, en));
      enChars += enLengths[en];
      into[n] = coverage(zhMass, Math.min(zhMass, zhCovered), enMass, enCovered)
          * lengthFit(zhLengths[zh], enChars);
    }
  }

  /** The same for the beads of the {@code n} Chinese sentences before {@code zhEnd} with English sentence {@code en}. */
  void manyToOne(int zhEnd, int en, int most, double[] into) {
    double enMass = evidence.enMass(en);
    double zhMass = 0;
    double zhCovered = 0;
    double enCovered = 0;
    double zhChars = 0;
    for (int n = 1; n <= most; n++) {
      int zh = zhEnd - n;
      double mass = evidence.zhMass(zh);
      zhMass += mass;
      zhCovered += Math.min(mass, pairs.zh(zh, en));
      enCovered += pairs.en(zh, en);
      zhChars += zhLengths[zh];
      into[n] = coverage(zhMass, zhCovered, enMass, Math.min(enMass, enCovered)) * lengthFit(zhChars, enLengths[en]);
    }
  }
}
