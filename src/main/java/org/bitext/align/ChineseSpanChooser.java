package org.bitext.align;

import org.bitext.common.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bitext.clean.CleanText;
import org.bitext.clean.Mark;
import org.bitext.clean.MarkKind;
import org.bitext.common.Span;
import org.bitext.find.Candidate;
import org.bitext.lexicon.Han;

/**
 * Chooses the Chinese span when punctuation leaves its left boundary open (中文（English） after a clause). For a
 * statement: the run of clauses that fits the English best. For a term, in order: a 《title》 or quotation ending at
 * the parenthesis, a bold term, link or interlanguage link ending there, a short clause as it is; else the words
 * after the last function word, found by word segmentation, less leading words the English does not account for.
 * Only this last case calls the segmenter. Where clauses or words decided, the other runs of clauses or the spans
 * from the other word starts (from the word before the function word on) come after the choice, as runners-up.
 */
final class ChineseSpanChooser {
  /** The most characters before a parenthesis that can be the term it glosses. */
  private static final int TERM_WINDOW = 40;
  /** The most characters before a parenthesis that can be the statement it translates. */
  private static final int CLAUSE_WINDOW = 400;
  /** A clause this short is taken whole without segmenting it. */
  private static final int SHORT_CLAUSE = 4;
  /**
   * Words that end a term on its left: particles, prepositions, copulas, light verbs, the classifier 個 and a cast
   * list's 飾 (plays).
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("的", "之", "了", "在", "于", "於", "与", "與", "和",
      "及", "或", "是", "为", "為", "被", "把", "对", "對", "将", "將", "从", "從", "向", "以", "即", "亦", "也", "都",
      "就", "又", "并", "並", "而", "但", "等", "由", "用", "到", "给", "給", "让", "讓", "这", "這", "该", "該", "其",
      "此", "那", "进行", "進行", "称为", "稱為", "称作", "稱作", "叫做", "叫", "名为", "名為", "又称", "又稱", "简称",
      "簡稱", "亦称", "亦稱", "译为", "譯為", "包括", "使用", "通过", "通過", "提出", "成为", "成為", "作为", "作為",
      "所谓", "所謂", "一种", "一種", "一个", "一個", "著名", "著名的", "所", "著", "位於", "位于", "位在", "来自",
      "來自", "获得", "獲得", "担任", "擔任", "加入", "参加", "參加", "就读", "就讀", "出生", "效力", "签约", "簽約",
      "前往", "名叫", "乃", "一支", "一间", "一間", "一座", "一家", "一名", "一位", "一部", "一条", "一條", "一所",
      "一款", "一首", "一本", "個", "个", "飾", "饰", "飾演", "饰演", "扮演", "配音", "主演", "同", "使", "改为", "改為", "一次");
  private static final Set<MarkKind> BOUNDARY_MARKS = Set.of(MarkKind.LINK, MarkKind.INTERLANGUAGE, MarkKind.BOLD);
  private static final String TITLE_OPENERS = "《「『“";
  /** Characters that make a name of a name before it (老布什, 小布什, 阿福). */
  private static final Set<String> NAME_MAKERS = Set.of("老", "小", "阿");
  /** What joins the parts of a name: where one stands after the cut, the name's first part may be in the cut. */
  private static final String NAME_JOINERS = "·・‧•";
  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");
  private static final String TITLE_CLOSERS = "》」』”";


  private final WordSegmenter segmenter;
  private final Scorer scorer;

  ChineseSpanChooser(WordSegmenter segmenter, Scorer scorer) {
    this.segmenter = segmenter;
    this.scorer = scorer;
  }

  /** The span and how it was decided. */
  record Choice(Span span, SpanRule rule, String how) {}

  /** 瑞典报纸《每日新闻》（Dagens Nyheter）: the marks fix the term; the text is their content. */
  private static Span titleBefore(String text, Span region) {
    if (region.length() < 3) {
      return Span.NONE;
    }
    int kind = TITLE_CLOSERS.indexOf(text.charAt(region.end() - 1));
    if (kind < 0) {
      return Span.NONE;
    }
    for (int open = region.end() - 2; open >= region.start(); open--) {
      if (text.charAt(open) == TITLE_OPENERS.charAt(kind)) {
        return open + 1 < region.end() - 1 ? new Span(open + 1, region.end() - 1) : Span.NONE;
      }
    }
    return Span.NONE;
  }

  /**
   * The run of clauses ending at the parenthesis that best renders a statement: the clause right before it, or more
   * clauses back to the sentence start, whichever the lexical and length evidence favour. A translator's clause
   * boundaries rarely match the original's, so the nearest comma is only the first guess.
   */
  List<Choice> chooseClauses(CleanText clean, Candidate candidate, String english) {
    Span bolded = boldAround(clean, candidate);
    if (!bolded.isNone()) {
      return List.of(new Choice(bolded, SpanRule.MARKUP, "bold boundary (the parenthesis inside it)"));
    }
    Span region = candidate.chinese();
    int floor = Math.max(region.end() - CLAUSE_WINDOW, Math.max(0, Math.min(candidate.sentenceStart(),
        region.start())));
    if (region.start() < floor) {
      region = new Span(floor, region.end());
    }
    List<Span> runs = new ArrayList<>(List.of(region));
    for (int i = region.start() - 1; i >= floor; i--) {
      if (Punctuation.isClauseBoundary(clean.text().charAt(i)) || i == floor) {
        runs.add(new Span(i == floor ? floor : i + 1, region.end()));
      }
    }
    Span best = region;
    double bestFit = fit(clean, best, english);
    for (Span wider : runs.subList(1, runs.size())) {
      double wideFit = fit(clean, wider, english);
      if (wideFit > bestFit) {
        best = wider;
        bestFit = wideFit;
      }
    }
    List<Choice> choices = new ArrayList<>(List.of(clauses(best, region)));
    for (Span run : runs) {
      if (!run.equals(best) && run.length() > 0) {
        choices.add(clauses(run, region));
      }
    }
    return choices;
  }

  private static Choice clauses(Span run, Span lastClause) {
    return run.equals(lastClause) ? new Choice(run, SpanRule.CLAUSE, "last clause")
        : new Choice(run, SpanRule.CLAUSES_BY_FIT, "clauses chosen by lexical and length fit");
  }

  private double fit(CleanText clean, Span span, String english) {
    return scorer.fit(clean.slice(span.start(), span.end()), english);
  }

  /**
   * The term's span by the first rule that applies, then, when word segmentation decided it, the other spans that
   * start at a word, for the aligner to weigh against it.
   */
  List<Choice> chooseTerm(CleanText clean, Candidate candidate, String english) {
    Span whole = candidate.chinese();
    Span region = new Span(Math.max(whole.start(), whole.end() - TERM_WINDOW), whole.end());
    Span bolded = boldAround(clean, candidate);
    if (!bolded.isNone()) {
      return List.of(new Choice(bolded, SpanRule.MARKUP, "bold boundary (the parenthesis inside it)"));
    }
    Span titled = titleBefore(clean.text(), region);
    if (!titled.isNone()) {
      return List.of(new Choice(titled, SpanRule.TITLE_MARKS, "title or quotation marks"));
    }
    for (Mark mark : clean.marksWithin(region.start(), region.end())) {
      if (BOUNDARY_MARKS.contains(mark.kind()) && mark.end() == region.end()) {
        return List.of(new Choice(new Span(mark.start(), mark.end()), SpanRule.MARKUP,
            mark.kind().name().toLowerCase(Locale.ROOT) + " boundary"));
      }
    }
    if (region.length() <= SHORT_CLAUSE) {
      return List.of(new Choice(withoutLeadingParticle(region, clean), SpanRule.CLAUSE, "whole clause"));
    }
    if (Han.count(clean.slice(region.start(), region.end())) == 0) {
      // collection « Découvertes Gallimard »（…）: no span of it can be a Chinese rendering, so none is sought.
      return List.of(new Choice(region, SpanRule.NO_CHINESE, "no Chinese before it"));
    }
    return segmented(clean, region, english);
  }

  /**
   * A bold lead that holds its own parenthesis ({@code '''哦，船长，我的船长（O Captain! My Captain!）'''}) is the
   * term up to the parenthesis, its commas included.
   */
  private static Span boldAround(CleanText clean, Candidate candidate) {
    Span whole = candidate.chinese();
    Span english = candidate.englishSpan();
    if (english.isNone() || candidate.sentenceStart() < 0) {
      return Span.NONE;
    }
    for (Mark mark : clean.marksWithin(candidate.sentenceStart(), english.end() + 1)) {
      if (mark.kind() == MarkKind.BOLD && mark.start() < whole.start() && mark.end() == english.end() + 1
          && whole.end() - mark.start() <= TERM_WINDOW) {
        return new Span(mark.start(), whole.end());
      }
    }
    return Span.NONE;
  }

  private List<Choice> segmented(CleanText clean, Span region, String english) {
    List<Integer> starts = withLinks(wordStarts(clean.slice(region.start(), region.end()), region.start()),
        clean, region);
    int first = starts.size() - 1;
    while (first > 0 && !FUNCTION_WORDS.contains(clean.slice(starts.get(first - 1), starts.get(first)).strip())) {
      first--;
    }
    String how = first > 0
        ? "word segmentation (after 「" + clean.slice(starts.get(first - 1), starts.get(first)).strip() + "」)"
        : "word segmentation";
    int start = starts.get(first);
    while (start < region.end() && Character.isWhitespace(clean.text().charAt(start))) {
      start++;
    }
    int evidenced = shortestEvidencedStart(clean, starts.subList(first, starts.size()), region.end(), english);
    if (evidenced > start) {
      start = evidenced;
      how = "word segmentation and lexicon (the shortest span the English accounts for)";
    }
    int named = nameStart(clean, start, region.end(), english);
    if (named > start) {
      start = named;
      how = how + ", from where the name is heard";
    }
    Choice chosen = new Choice(withoutLeadingParticle(new Span(start, region.end()), clean), SpanRule.SEGMENTED,
        how);
    List<Choice> choices = new ArrayList<>(List.of(chosen));
    for (int wordStart : starts.subList(Math.max(0, first - 1), starts.size() - 1)) {
      Span other = new Span(wordStart, region.end());
      if (!other.equals(chosen.span())) {
        choices.add(new Choice(other, SpanRule.SEGMENTED, "from another word start"));
      }
    }
    return choices;
  }

  /**
   * Where each word of {@code chinese} starts, as offsets from {@code base}, and its end as the last entry. Words are
   * looked up in the text because the segmenter drops white space.
   */
  private List<Integer> wordStarts(String chinese, int base) {
    String simplified = scorer.coverage().toSimplified(chinese);
    List<Integer> starts = new ArrayList<>();
    int offset = 0;
    for (String word : segmenter.segment(simplified)) {
      int found = simplified.indexOf(word, offset);
      int start = found < 0 ? offset : found;
      starts.add(base + start);
      offset = Math.min(simplified.length(), start + word.length());
    }
    starts.add(base + chinese.length());
    return starts;
  }

  /**
   * Drops leading dictionary words while the rest still accounts for everything the whole clause does (by
   * dictionary or transliteration): 英格蘭足球依斯米安聯賽（Isthmian League） → 依斯米安聯賽. Only words whose
   * meaning is known, and so known to be missing from the English, go; only words of two or more characters,
   * since a single character is usually part of the term (元编程); and only while the Chinese is longer than the
   * English needs, since dictionaries miss senses (高阶 is glossed "high level", not "higher order").
   */
  private int shortestEvidencedStart(CleanText clean, List<Integer> starts, int end, String english) {
    LexicalCoverage coverage = scorer.coverage();
    Set<String> whole = coverage.measure(clean.slice(starts.get(0), end), english).fully();
    int first = 0;
    while (!whole.isEmpty() && first < starts.size() - 2 && isDroppable(clean, starts, first)
        && fitsBetter(clean.slice(starts.get(first + 1), end), clean.slice(starts.get(first), end), english)
        && coverage.measure(clean.slice(starts.get(first + 1), end), english).fully().containsAll(whole)) {
      first++;
    }
    return starts.get(first);
  }

  /**
   * Where a person's name starts when the English is only a name and the characters before its transliteration are
   * unaccounted for: a description (農場主琼斯（Mr. Jones）, 發言人迪托（Jessica Ditto）) or what segmentation left of
   * the word before (地質學家道爾（Doyle） cut as 地質學 家道爾). Not after a name joiner (艾蜜莉亞·布蘭德（Brand）
   * is one name) nor after 老, 小 or 阿, which make a name of a name (老布什). {@code start} when none of this holds.
   */
  private int nameStart(CleanText clean, int start, int end, String english) {
    if (!isOnlyAName(english)) {
      return start;
    }
    String span = clean.slice(start, end);
    LexicalCoverage.Coverage whole = scorer.coverage().measure(span, english);
    int first = scorer.coverage().firstNamed(span, english);
    if (first <= 0 || whole.firstGlossed() >= 0 && whole.firstGlossed() < first) {
      return start;
    }
    String before = span.substring(0, first);
    String rest = span.substring(first);
    boolean description = before.chars().allMatch(c -> Han.isHan((char) c)) && !NAME_MAKERS.contains(before)
        && rest.chars().noneMatch(c -> NAME_JOINERS.indexOf(c) >= 0);
    return description && Han.count(rest) >= 2
        && scorer.coverage().measure(rest, english).fully().containsAll(whole.fully()) ? start + first : start;
  }

  /** Capitalised words only, a title's abbreviation among them perhaps: Fred Anderson, Dr. Brand, Mr. Jones. */
  private static boolean isOnlyAName(String english) {
    String[] words = english.strip().split("\\s+");
    return words.length <= 4 && java.util.Arrays.stream(words).allMatch(word -> NAME_WORD.matcher(word).matches());
  }

  private static boolean fitsBetter(String shorter, String longer, String english) {
    return Scorer.lengthRatio(shorter, english).value() > Scorer.lengthRatio(longer, english).value();
  }

  /** A word of two or more characters whose meaning is known: a dictionary word, or a link to an article. */
  private boolean isDroppable(CleanText clean, List<Integer> starts, int index) {
    int start = starts.get(index);
    int end = starts.get(index + 1);
    String word = clean.slice(start, end);
    return word.length() >= 2 && (scorer.coverage().isWord(scorer.coverage().toSimplified(word))
        || isLink(clean, start, end));
  }

  private static boolean isLink(CleanText clean, int start, int end) {
    return clean.marksWithin(start, end).stream()
        .anyMatch(m -> m.kind() == MarkKind.LINK && m.start() == start && m.end() == end);
  }

  /** Links are words too: [[埃塞克斯郡]]肯維島 splits after 郡 whatever the segmenter says. */
  private static List<Integer> withLinks(List<Integer> starts, CleanText clean, Span region) {
    List<Mark> links = clean.marksWithin(region.start(), region.end()).stream()
        .filter(m -> m.kind() == MarkKind.LINK).toList();
    if (links.isEmpty()) {
      return starts;
    }
    java.util.TreeSet<Integer> merged = new java.util.TreeSet<>(starts);
    for (Mark link : links) {
      merged.removeIf(start -> start > link.start() && start < link.end());
      merged.add(link.start());
      merged.add(link.end());
    }
    return new ArrayList<>(merged);
  }

  /** 和新美亚 → 新美亚: a particle glued to the front of a term, unless the two make a word (和平). */
  private Span withoutLeadingParticle(Span span, CleanText clean) {
    String term = clean.slice(span.start(), span.end());
    if (term.length() >= 3 && FUNCTION_WORDS.contains(term.substring(0, 1))
        && !scorer.coverage().isWord(term.substring(0, 2))) {
      return new Span(span.start() + 1, span.end());
    }
    return span;
  }
}
