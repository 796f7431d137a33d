package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;
import org.bitext.clean.CleanText;
import org.bitext.clean.Line;
import org.bitext.clean.Mark;
import org.bitext.clean.MarkKind;
import org.bitext.clean.Reference;
import org.bitext.common.Latin;
import org.bitext.common.Span;
import org.bitext.find.Candidate;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.lexicon.Han;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;

/** Decides, for each candidate, whether it is a pair, which Chinese span it has, its kind and its score. */
public final class Aligner {
  /** English with this many words is a statement, not a name or term. */
  private static final int SENTENCE_WORDS = 7;
  /** No rendering is longer; a longer span is a markup accident, and costly to score. */
  private static final int LONGEST_CHINESE = 2000;

  private final ChineseSpanChooser spanChooser;
  private final Scorer scorer;
  private final Lexicon lexicon;

  public Aligner(WordSegmenter segmenter, Lexicon lexicon) {
    this(segmenter, lexicon, ScoreModel.bundled());
  }

  public Aligner(WordSegmenter segmenter, Lexicon lexicon, ScoreModel model) {
    this.lexicon = lexicon;
    this.scorer = new Scorer(new LexicalCoverage(Objects.requireNonNull(lexicon, "lexicon")),
        Objects.requireNonNull(model, "model"));
    this.spanChooser = new ChineseSpanChooser(Objects.requireNonNull(segmenter, "segmenter"), scorer);
  }

  public List<Decision> align(Article article, CleanText clean, List<Candidate> candidates) {
    List<Decision> decisions = new ArrayList<>(candidates.size());
    ChineseScript script = candidates.isEmpty() ? ChineseScript.UNKNOWN : lexicon.script(clean.text());
    Map<Integer, Long> perSentence = candidates.stream()
        .collect(Collectors.groupingBy(Candidate::sentenceStart, Collectors.counting()));
    for (Candidate candidate : candidates) {
      // Candidates outside any sentence (interlanguage links, table rows) compete with nothing.
      int competitors = candidate.sentenceStart() < 0 ? 0 : (int) (perSentence.get(candidate.sentenceStart()) - 1);
      decisions.add(decide(article, clean, candidate, script, competitors));
    }
    return decisions;
  }

  private Decision decide(Article article, CleanText clean, Candidate candidate, ChineseScript script,
      int competitors) {
    if (candidate.boundaryFixed() && candidate.chinese().length() > LONGEST_CHINESE) {
      return new Decision.Rejected(candidate, "the Chinese beside it is " + candidate.chinese().length()
          + " characters long, more than a rendering can be");
    }
    EnglishOriginal.Trimmed trimmed = EnglishOriginal.trim(candidate.english());
    if (trimmed instanceof EnglishOriginal.Trimmed.Refused refused) {
      return new Decision.Rejected(candidate, refused.reason());
    }
    String english = ((EnglishOriginal.Trimmed.Kept) trimmed).english();
    String marked = foreignMark(clean, candidate.englishSpan());
    if (!marked.isEmpty()) {
      return new Decision.Rejected(candidate, "marked as another language (" + marked + ")");
    }
    if (precededByLatinWord(clean.text(), candidate)) {
      return new Decision.Rejected(candidate, "it annotates the Latin word before it, not Chinese");
    }
    String notEnglish = EnglishCheck.rejection(english);
    if (!notEnglish.isEmpty()) {
      return new Decision.Rejected(candidate, notEnglish);
    }
    boolean statement = isStatement(english);
    ChineseSpanChooser.Choice choice = choose(clean, candidate, english, statement);
    String chinese = ChineseSide.tidy(clean.slice(choice.span().start(), choice.span().end()));
    if (!Han.isMostlyChinese(chinese)) {
      return new Decision.Rejected(candidate, "no Chinese rendering beside it");
    }
    PairKind kind = statement || hasInnerClause(chinese) ? PairKind.SENTENCE : PairKind.TERM;
    Optional<String> unsupported = refusalWithoutLexicalSupport(candidate.pattern());
    if (unsupported.isPresent() && !scorer.translatesLine(chinese, english)) {
      return new Decision.Rejected(candidate, unsupported.get());
    }
    Provenance provenance = provenance(article, clean, candidate, choice.span(), script);
    Scorer.Scored scored = scorer.score(new Observation(candidate.pattern(), choice.rule(), kind, chinese, english,
        !provenance.speaker().isEmpty(), !provenance.sourceUrl().isEmpty(), competitors));
    Pair pair = new Pair(chinese, english, kind, scored.score(), provenance);
    return new Decision.Accepted(candidate, pair, scored.features(), scored.evidence(), choice.how());
  }

  private ChineseSpanChooser.Choice choose(CleanText clean, Candidate candidate, String english,
      boolean statement) {
    if (candidate.boundaryFixed()) {
      return new ChineseSpanChooser.Choice(candidate.chinese(), SpanRule.FIXED, "fixed by " + candidate.pattern().label());
    }
    return statement
        ? spanChooser.chooseClauses(clean, candidate, english)
        : spanChooser.chooseTerm(clean, candidate, english);
  }

  /**
   * Why a pair found by {@code pattern} is refused when the lexicon does not say the two sides translate each
   * other; none for the patterns whose position is evidence enough (standing next to each other is weak).
   */
  private static Optional<String> refusalWithoutLexicalSupport(FindPattern pattern) {
    return switch (pattern) {
      case BILINGUAL_BLOCK, TABLE_ROW ->
          Optional.of("adjacent lines, but the lexicon does not say they translate each other");
      case FOOTNOTE_GLOSS -> Optional.of("a name in a footnote, but the lexicon does not say it renders the term");
      default -> Optional.empty();
    };
  }

  /** The language of a {{lang-xx}} mark over the English when no English mark is there too, else empty. */
  private static String foreignMark(CleanText clean, Span english) {
    String foreign = "";
    for (Mark mark : clean.marksWithin(english.start(), english.end())) {
      if (mark.kind() == MarkKind.ENGLISH) {
        return "";
      }
      if (mark.kind() == MarkKind.FOREIGN && foreign.isEmpty()) {
        foreign = mark.value();
      }
    }
    return foreign;
  }

  /** 偶像Alexandre（Jean-Pierre Aumont）: the parenthesis glosses a Latin word, not the Chinese before it. */
  private static boolean precededByLatinWord(String text, Candidate candidate) {
    if (candidate.pattern() != FindPattern.PAREN_AFTER_TEXT || candidate.chinese().length() == 0) {
      return false;
    }
    char last = text.charAt(candidate.chinese().end() - 1);
    return Latin.isLetter(last);
  }

  private static boolean isStatement(String english) {
    int words = EnglishCheck.words(english).size();
    return words >= SENTENCE_WORDS || (words >= 4 && english.matches(".*[.!?]$"));
  }

  private static boolean hasInnerClause(String chinese) {
    String inner = chinese.replaceAll("[。！？.!?]+$", "");
    return inner.matches(".*[，；。！？].*");
  }

  private static Provenance provenance(Article article, CleanText clean, Candidate candidate, Span chinese,
      ChineseScript script) {
    Span english = candidate.englishSpan();
    int pairEnd = english.isNone() ? chinese.end() : Math.max(chinese.end(), english.end());
    int citationLimit = clean.lineAt(pairEnd).map(Line::end).orElse(pairEnd);
    String url = clean.referenceBetween(pairEnd, citationLimit).map(Reference::url).orElse("");
    String speaker = SpeakerFinder.find(clean.text(), candidate.sentenceStart(), candidate.quoteStart()).orElse("");
    return new Provenance(article.title(), article.origin(), clean.sectionAt(chinese.start()), speaker, url,
        candidate.pattern(), toSource(clean, chinese), english.isNone() ? Span.NONE : toSource(clean, english),
        script);
  }

  private static Span toSource(CleanText clean, Span span) {
    int start = clean.sourceOffset(span.start());
    int end = span.length() == 0 ? start : clean.sourceOffset(span.end() - 1) + 1;
    return new Span(start, Math.max(start, end));
  }
}
