package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bitext.clean.CleanText;
import org.bitext.clean.Reference;
import org.bitext.clean.Span;
import org.bitext.find.Candidate;
import org.bitext.source.Article;

/** Decides, for each candidate, whether it is a pair, which Chinese span it has, its kind and its score. */
public final class Aligner {
  /** English with this many words is a statement, not a name or term. */
  private static final int SENTENCE_WORDS = 7;

  private final ChineseSpanChooser spanChooser;
  private final Scorer scorer = new Scorer();

  public Aligner(WordSegmenter segmenter) {
    this.spanChooser = new ChineseSpanChooser(Objects.requireNonNull(segmenter, "segmenter"));
  }

  public List<Decision> align(Article article, CleanText clean, List<Candidate> candidates) {
    List<Decision> decisions = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      decisions.add(decide(article, clean, candidate));
    }
    return decisions;
  }

  private Decision decide(Article article, CleanText clean, Candidate candidate) {
    EnglishOriginal.Trimmed trimmed = EnglishOriginal.trim(candidate.english());
    if (trimmed.english().isEmpty()) {
      return Decision.rejected(candidate, trimmed.rejection());
    }
    String english = trimmed.english().get();
    String notEnglish = EnglishCheck.rejection(english);
    if (!notEnglish.isEmpty()) {
      return Decision.rejected(candidate, notEnglish);
    }
    List<String> words = EnglishCheck.words(english);
    boolean statement = words.size() >= SENTENCE_WORDS || (words.size() >= 4 && english.matches(".*[.!?]$"));
    Span span = candidate.chinese();
    if (!candidate.boundaryFixed() && !statement) {
      span = spanChooser.chooseTerm(clean, candidate).span();
    }
    String chinese = clean.slice(span.start(), span.end()).strip();
    if (chinese.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
      return Decision.rejected(candidate, "no Chinese beside it");
    }
    PairKind kind = statement || hasInnerClause(chinese) ? PairKind.SENTENCE : PairKind.TERM;
    Scorer.Scored scored = scorer.score(candidate.pattern(), candidate.boundaryFixed(), chinese, english);
    Pair pair = new Pair(chinese, english, kind, scored.score(), provenance(article, clean, candidate, span));
    return Decision.accepted(candidate, pair, scored.evidence());
  }

  private static boolean hasInnerClause(String chinese) {
    String inner = chinese.replaceAll("[。！？.!?]+$", "");
    return inner.matches(".*[，；。！？].*");
  }

  private static Provenance provenance(Article article, CleanText clean, Candidate candidate, Span chinese) {
    String text = clean.text();
    Span english = candidate.englishSpan();
    int pairEnd = english.isNone() ? chinese.end() : Math.max(chinese.end(), english.end());
    int citationLimit = clean.lineAt(pairEnd).map(line -> line.end()).orElse(pairEnd);
    String url = clean.referenceBetween(pairEnd, citationLimit).map(Reference::url).orElse("");
    String speaker = SpeakerFinder.find(text, candidate.reportStart(), candidate.quoteStart()).orElse("");
    return new Provenance(article.title(), article.origin(), clean.sectionAt(chinese.start()), speaker, url,
        candidate.pattern(), toSource(clean, chinese), english.isNone() ? Span.NONE : toSource(clean, english));
  }

  private static Span toSource(CleanText clean, Span span) {
    int start = clean.sourceOffset(span.start());
    int end = span.length() == 0 ? start : clean.sourceOffset(span.end() - 1) + 1;
    return new Span(start, Math.max(start, end));
  }
}
