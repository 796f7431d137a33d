package org.bitext.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.bitext.segment.Sentence;
import org.bitext.source.Article;

/** Decides, for each candidate, whether it is a pair, which Chinese span it has, its kind and its score. */
public final class Aligner {
  /** English with this many words is a statement, not a name or term. */
  private static final int SENTENCE_WORDS = 7;
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "nor", "for",
      "to", "in", "on", "at", "by", "with", "from", "as", "into", "onto", "towards", "toward", "upon", "vs", "via",
      "but", "per", "than", "de", "la", "du", "le", "von", "van", "der");
  /** No rendering is longer; a longer span is a markup accident, and costly to score. */
  private static final int LONGEST_CHINESE = 2000;

  /** Below this score the model gives a pair less than even odds of being right. */
  private static final double EVEN_ODDS = 0.5;
  /** The most runners-up a decision keeps. */
  private static final int RUNNERS_UP_SHOWN = 3;

  private final ChineseSpanChooser spanChooser;
  private final Scorer scorer;
  private final Lexicon lexicon;
  /** Whether the spans not chosen are scored too, for a person to compare: costly, so only on request. */
  private final boolean weighRunnersUp;

  public Aligner(WordSegmenter segmenter, Lexicon lexicon) {
    this(segmenter, lexicon, ScoreModel.bundled(), false);
  }

  public Aligner(WordSegmenter segmenter, Lexicon lexicon, ScoreModel model) {
    this(segmenter, lexicon, model, false);
  }

  private Aligner(WordSegmenter segmenter, Lexicon lexicon, ScoreModel model, boolean weighRunnersUp) {
    this.lexicon = lexicon;
    this.scorer = new Scorer(new LexicalCoverage(Objects.requireNonNull(lexicon, "lexicon")),
        Objects.requireNonNull(model, "model"));
    this.spanChooser = new ChineseSpanChooser(Objects.requireNonNull(segmenter, "segmenter"), scorer);
    this.weighRunnersUp = weighRunnersUp;
  }

  /** An aligner that also scores the spans it does not choose, each by the same evidence ({@code inspect}). */
  public static Aligner weighingRunnersUp(WordSegmenter segmenter, Lexicon lexicon) {
    return new Aligner(segmenter, lexicon, ScoreModel.bundled(), true);
  }

  /**
   * The decisions on an article's candidates, in their order. {@code sentences} are the article's, which give each
   * pair the sentences around it; they change no decision.
   */
  public List<Decision> align(Article article, CleanText clean, List<Sentence> sentences,
      List<Candidate> candidates) {
    List<Decision> decisions = new ArrayList<>(candidates.size());
    SentenceContext context = new SentenceContext(clean, sentences);
    ChineseScript script = candidates.isEmpty() ? ChineseScript.UNKNOWN : lexicon.script(clean.text());
    Map<Integer, Long> perSentence = candidates.stream()
        .collect(Collectors.groupingBy(Candidate::sentenceStart, Collectors.counting()));
    Map<Span, BlockSupport> blocks = blockSupport(clean, candidates);
    for (Candidate candidate : candidates) {
      // Candidates outside any sentence (interlanguage links, table rows) compete with nothing.
      int competitors = candidate.sentenceStart() < 0 ? 0 : (int) (perSentence.get(candidate.sentenceStart()) - 1);
      Surroundings around = new Surroundings(script, competitors,
          blocks.getOrDefault(candidate.block(), BlockSupport.NONE), context);
      decisions.add(decide(article, clean, candidate, around));
    }
    return decisions;
  }

  /** What the other candidates of the article say of one. */
  private record Surroundings(ChineseScript script, int competitors, BlockSupport block, SentenceContext context) {}

  /** For each block of lines that correspond, how many of its lines the dictionary supports, and their order. */
  private Map<Span, BlockSupport> blockSupport(CleanText clean, List<Candidate> candidates) {
    Map<Span, List<Candidate>> blocks = candidates.stream().filter(candidate -> !candidate.block().isNone())
        .collect(Collectors.groupingBy(Candidate::block, LinkedHashMap::new, Collectors.toList()));
    Map<Span, BlockSupport> support = new HashMap<>();
    blocks.forEach((block, lines) -> support.put(block, support(clean, lines)));
    return support;
  }

  private BlockSupport support(CleanText clean, List<Candidate> lines) {
    List<String> chinese = lines.stream()
        .map(line -> ChineseSide.tidy(clean.slice(line.chinese().start(), line.chinese().end()))).toList();
    List<String> english = lines.stream().map(line -> EnglishOriginal.trim(line.english()) instanceof
        EnglishOriginal.Trimmed.Kept kept ? kept.english() : "").toList();
    int supported = 0;
    for (int i = 0; i < lines.size(); i++) {
      supported += !english.get(i).isEmpty() && scorer.translatesLine(chinese.get(i), english.get(i)) ? 1 : 0;
    }
    return new BlockSupport(lines.size(), supported, LineOrder.confirmed(chinese, english, scorer::lexicalFit));
  }

  private Decision decide(Article article, CleanText clean, Candidate candidate, Surroundings around) {
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
    List<ChineseSpanChooser.Choice> choices = choose(clean, candidate, english, statement);
    List<Reading.Made> readings = new ArrayList<>();
    for (ChineseSpanChooser.Choice choice : choices) {
      if (!readings.isEmpty() && !weighRunnersUp && !isDoubted(readings.get(0))) {
        break;
      }
      Reading reading = read(article, clean, candidate, around, english, statement, choice);
      if (reading instanceof Reading.Made made) {
        readings.add(made);
      } else if (readings.isEmpty()) {
        // The chosen span makes no pair; the runners-up are only there to be compared with it.
        return new Decision.Rejected(candidate, ((Reading.Refused) reading).why());
      }
    }
    // The rule's choice stands unless the model doubts it: the score is calibrated on chosen spans, and choosing
    // the best-scored span instead lowered precision on every gold part (shared 0.941 -> 0.918).
    Reading.Made chosen = surerShorterSpan(readings).orElse(readings.get(0));
    List<Decision.RunnerUp> runnersUp = !weighRunnersUp ? List.of() : readings.stream()
        .filter(made -> made != chosen)
        .sorted(Comparator.comparingDouble((Reading.Made made) -> made.pair().score()).reversed())
        .limit(RUNNERS_UP_SHOWN)
        .map(made -> new Decision.RunnerUp(made.pair().chinese(), made.pair().score(), made.choice().how()))
        .toList();
    return new Decision.Accepted(candidate, chosen.pair(), chosen.scored().features(), chosen.scored().evidence(),
        chosen.choice().how(), runnersUp);
  }

  /** A span word segmentation cut out that the model gives less than even odds of being right. */
  private static boolean isDoubted(Reading.Made chosen) {
    return chosen.choice().rule() == SpanRule.SEGMENTED && chosen.pair().score() < EVEN_ODDS;
  }

  /**
   * For a doubted segmented span, the best-scored shorter span at its end that still accounts for every English
   * word the chosen one does, and for one at least, with two Han characters or more, when it scores at even odds or
   * better: 布蘭德教授女兒艾蜜莉亞（Amelia） → 艾蜜莉亞. Only the words before the term can be wrong, so only they
   * may go; what the English names must stay.
   */
  private Optional<Reading.Made> surerShorterSpan(List<Reading.Made> readings) {
    Reading.Made chosen = readings.get(0);
    if (!isDoubted(chosen)) {
      return Optional.empty();
    }
    String english = chosen.pair().english();
    return readings.stream().skip(1)
        .filter(other -> other.pair().score() >= EVEN_ODDS && keepsWhatTheEnglishNames(scorer.coverage(),
            chosen.pair().chinese(), other.pair().chinese(), english))
        .max(Comparator.comparingDouble(made -> made.pair().score()))
        .map(surer -> new Reading.Made(new ChineseSpanChooser.Choice(surer.choice().span(), SpanRule.SEGMENTED,
            String.format(Locale.ROOT, "word segmentation, then the shorter span the model is surer of (%s %.3f)",
                chosen.pair().chinese(), chosen.pair().score())), surer.pair(), surer.scored()));
  }

  /**
   * Whether {@code shorter}, the end of {@code chosen}, has two Han characters or more and accounts for every
   * English word {@code chosen} does, and for one at least.
   */
  static boolean keepsWhatTheEnglishNames(LexicalCoverage coverage, String chosen, String shorter, String english) {
    if (shorter.length() >= chosen.length() || !chosen.endsWith(shorter) || Han.count(shorter) < 2) {
      return false;
    }
    Set<String> kept = coverage.measure(shorter, english).fully();
    return !kept.isEmpty() && kept.containsAll(coverage.measure(chosen, english).fully());
  }

  /** What one span makes of a candidate: a pair with its score, or the reason there is none. */
  private sealed interface Reading {
    record Made(ChineseSpanChooser.Choice choice, Pair pair, Scorer.Scored scored) implements Reading {}

    record Refused(String why) implements Reading {}
  }

  private Reading read(Article article, CleanText clean, Candidate candidate, Surroundings around, String english,
      boolean statement, ChineseSpanChooser.Choice choice) {
    String chinese = ChineseSide.tidy(clean.slice(choice.span().start(), choice.span().end()));
    if (!Han.isMostlyChinese(chinese)) {
      return new Reading.Refused("no Chinese rendering beside it");
    }
    PairKind kind = statement || hasInnerClause(chinese) ? PairKind.SENTENCE : PairKind.TERM;
    Optional<String> unsupported = refusalWithoutLexicalSupport(candidate.pattern(), candidate.boundaryFixed(), chinese,
        english, around.block());
    if (unsupported.isPresent()) {
      return new Reading.Refused(unsupported.get());
    }
    Provenance provenance = provenance(article, clean, candidate, choice.span(), around.script());
    Observation observation = new Observation(candidate.pattern(), choice.rule(), kind, chinese, english,
        !provenance.speaker().isEmpty(), !provenance.sourceUrl().isEmpty(), around.competitors(),
        around.block(), EnglishOriginal.givesItsAcronym(candidate.english(), english));
    Scorer.Scored scored = scorer.score(observation);
    Pair pair = new Pair(chinese, english, kind, scored.score(), provenance,
        around.context().around(choice.span()));
    return new Reading.Made(choice, pair, scored);
  }

  private List<ChineseSpanChooser.Choice> choose(CleanText clean, Candidate candidate, String english,
      boolean statement) {
    if (candidate.boundaryFixed()) {
      ChineseSpanChooser.Choice fixed = new ChineseSpanChooser.Choice(candidate.chinese(), SpanRule.FIXED,
          "fixed by " + candidate.pattern().label());
      return statement ? List.of(fixed) : List.of(withoutUnnamedAffixes(clean, fixed, english));
    }
    return statement
        ? spanChooser.chooseClauses(clean, candidate, english)
        : spanChooser.chooseTerm(clean, candidate, english).stream()
            .map(choice -> withoutUnnamedAffixes(clean, choice, english)).toList();
  }

  private static ChineseSpanChooser.Choice withoutUnnamedAffixes(CleanText clean, ChineseSpanChooser.Choice choice,
      String english) {
    Span span = UnnamedAffixes.trim(clean.text(), choice.span(), english);
    return span.equals(choice.span()) ? choice : new ChineseSpanChooser.Choice(span, choice.rule(),
        choice.how() + ", less what the English does not name");
  }


  /**
   * Why a pair is refused for want of the lexicon's support, if it is. Patterns whose position is evidence enough
   * need none. Paragraphs that merely stand next to each other need the dictionary to account for half of each
   * side: an English paragraph often follows the Chinese that introduces it (原文如下：). Two lines that structure
   * binds (a block quotation of just the two, {{Cquote|中文<br />English}}; a labelled translation after its
   * original, 中譯：…), the two lines of one table cell, and English before the Chinese parenthesis that renders it,
   * need only a word of each side accounted for, since the structure holds them as one entry and a rendering can be
   * loose; a table cell needs not even that when the cells down its column vouch for it. A table row's line needs
   * half of each side, or the support of its block's other lines; one of several Chinese cells in a row, the support
   * of its column; a line of a run of verse, the support of its run; a name in a footnote, half of each side, or a
   * word of each when quotation marks fix the term it glosses (“坏四开本”<ref>''Bad Quarto''</ref>).
   */
  private Optional<String> refusalWithoutLexicalSupport(FindPattern pattern, boolean fixed, String chinese,
      String english, BlockSupport block) {
    return switch (pattern) {
      case BILINGUAL_BLOCK -> scorer.translatesLine(chinese, english)
          || !block.equals(BlockSupport.NONE) && scorer.accountsForSome(chinese, english) ? Optional.empty()
          : Optional.of("adjacent lines, but the lexicon does not say they translate each other");
      case ENGLISH_FIRST -> scorer.accountsForSome(chinese, english) ? Optional.empty()
          : Optional.of("English before a Chinese parenthesis, but the lexicon accounts for nothing of either");
      case TABLE_CELL -> scorer.accountsForSome(chinese, english) || block.vouches() ? Optional.empty()
          : Optional.of("one table cell's two lines, but the lexicon accounts for nothing of one of them");
      case TABLE_ROW -> scorer.translatesLine(chinese, english) || block.vouches() ? Optional.empty()
          : Optional.of("a table row, but the lexicon supports neither the line nor enough of its cell's lines");
      case VERSE_BLOCKS -> block.vouches() ? Optional.empty()
          : Optional.of("runs of English and Chinese lines, but the lexicon supports too few of them, or not their order");
      case TABLE_COLUMN -> block.vouches() ? Optional.empty()
          : Optional.of("one of several Chinese cells in a row, but the lexicon supports too few of its column's");
      case FOOTNOTE_GLOSS -> scorer.translatesLine(chinese, english)
          || fixed && scorer.accountsForSome(chinese, english) ? Optional.empty()
          : Optional.of("a name in a footnote, but the lexicon does not say it renders the term");
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

  /**
   * A statement has seven words or more, or four and a full stop; but a title-cased run without one is a name or a
   * title however long (An Essay towards a Real Character and a Philosophical Language): the design part's 21
   * such English of six words or more are all terms.
   */
  private static boolean isStatement(String english) {
    List<String> words = EnglishCheck.words(english);
    boolean ended = english.matches(".*[.!?]$");
    if (!ended && isTitleCased(words)) {
      return false;
    }
    return words.size() >= SENTENCE_WORDS || (words.size() >= 4 && ended);
  }

  /** Every word but the small ones of a title (of, the, and, …) starts with a capital, and some are not capitals. */
  private static boolean isTitleCased(List<String> words) {
    List<String> content = words.stream()
        .filter(word -> !TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))).toList();
    return content.size() >= 2 && content.stream().allMatch(word -> Character.isUpperCase(word.codePointAt(0)))
        && words.stream().anyMatch(word -> word.chars().anyMatch(Character::isLowerCase));
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
