package org.bitext.align;

import java.util.List;
import java.util.Set;
import org.bitext.clean.CleanText;
import org.bitext.clean.Mark;
import org.bitext.clean.MarkKind;
import org.bitext.clean.Span;
import org.bitext.find.Candidate;

/**
 * Chooses the Chinese span a term renders when punctuation leaves its left boundary open (中文（English） after a
 * clause): a link ending at the parenthesis, a short clause as it is, or else the words after the last function
 * word, found by word segmentation. Only this last case calls the segmenter.
 */
final class ChineseSpanChooser {
  /** A clause this short is taken whole without segmenting it. */
  private static final int SHORT_CLAUSE = 4;
  /** Words that end a term on its left: particles, prepositions, copulas and light verbs. */
  private static final Set<String> FUNCTION_WORDS = Set.of("的", "之", "了", "在", "于", "於", "与", "與", "和",
      "及", "或", "是", "为", "為", "被", "把", "对", "對", "将", "將", "从", "從", "向", "以", "即", "亦", "也", "都",
      "就", "又", "并", "並", "而", "但", "等", "由", "用", "到", "给", "給", "让", "讓", "这", "這", "该", "該", "其",
      "此", "那", "进行", "進行", "称为", "稱為", "称作", "稱作", "叫做", "叫", "名为", "名為", "又称", "又稱", "简称",
      "簡稱", "亦称", "亦稱", "译为", "譯為", "包括", "使用", "通过", "通過", "提出", "成为", "成為", "作为", "作為",
      "所谓", "所謂", "一种", "一種", "一个", "一個", "著名", "著名的", "所", "著");

  private static final String CLAUSE_BOUNDARIES = "，,；;：:、";

  private final WordSegmenter segmenter;
  private final Scorer scorer;

  ChineseSpanChooser(WordSegmenter segmenter, Scorer scorer) {
    this.segmenter = segmenter;
    this.scorer = scorer;
  }

  /** The span and how it was decided. */
  record Choice(Span span, String how) {}

  /**
   * The run of clauses ending at the parenthesis that best renders a statement: the clause right before it, or more
   * clauses back to the sentence start, whichever the lexical and length evidence favour. A translator's clause
   * boundaries rarely match the original's, so the nearest comma is only the first guess.
   */
  Choice chooseClauses(CleanText clean, Candidate candidate, String english) {
    Span region = candidate.chinese();
    int floor = Math.max(0, Math.min(candidate.sentenceStart(), region.start()));
    Span best = region;
    double bestFit = fit(clean, best, english);
    for (int i = region.start() - 1; i >= floor; i--) {
      if (CLAUSE_BOUNDARIES.indexOf(clean.text().charAt(i)) >= 0 || i == floor) {
        Span wider = new Span(i == floor ? floor : i + 1, region.end());
        double wideFit = fit(clean, wider, english);
        if (wideFit > bestFit) {
          best = wider;
          bestFit = wideFit;
        }
      }
    }
    return new Choice(best, best.equals(region) ? "last clause" : "clauses chosen by lexical and length fit");
  }

  private double fit(CleanText clean, Span span, String english) {
    String chinese = clean.slice(span.start(), span.end());
    Evidence lexical = scorer.lexical(chinese, english);
    Evidence length = Scorer.lengthRatio(chinese, english);
    return lexical.value() * lexical.weight() + length.value() * length.weight();
  }

  Choice chooseTerm(CleanText clean, Candidate candidate) {
    Span region = candidate.chinese();
    for (Mark mark : clean.marks()) {
      if ((mark.kind() == MarkKind.LINK || mark.kind() == MarkKind.INTERLANGUAGE) && mark.end() == region.end()
          && mark.start() >= region.start()) {
        return new Choice(new Span(mark.start(), mark.end()), "link boundary");
      }
    }
    if (region.length() <= SHORT_CLAUSE) {
      return new Choice(region, "whole clause");
    }
    List<String> words = segmenter.segment(clean.slice(region.start(), region.end()));
    int start = region.end();
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      if (FUNCTION_WORDS.contains(word) && start < region.end()) {
        return new Choice(new Span(start, region.end()), "word segmentation (after 「" + word + "」)");
      }
      start -= word.length();
    }
    return new Choice(region, "word segmentation (no function word)");
  }
}
