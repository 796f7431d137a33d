package org.bitext.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.common.Span;

/**
 * A quotation of several sentences given in both languages, paired sentence by sentence where its sentences
 * correspond (DESIGN §2: "line by line or sentence by sentence as they correspond; if only the whole block
 * corresponds, one row for the block"). The line-up decides which sentences render which; the pair is split only
 * when the words show the two sides translate each other and every sentence of both falls in a group, else it
 * stays whole. The parts keep the whole as their block: the structure that bound the whole binds its parts.
 */
final class SentenceBySentence {
  /** Patterns whose two sides are each a whole quotation or line, both boundaries fixed. */
  private static final Set<FindPattern> WHOLE_SIDES = Set.of(FindPattern.BILINGUAL_BLOCK,
      FindPattern.FOOTNOTE_ORIGINAL);
  /**
   * The end of an English sentence: its mark (not a title's or an initial's full stop: Mr. Smith, H. W. Bush),
   * closing quotes, then space before a capital or a quote.
   */
  static final Pattern ENGLISH_END = Pattern.compile("(?:(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Gov|Col|Lt|Capt"
      + "|Rev|Hon|vs|No|\\p{Lu}))[.!?]+|…|\\.\\.\\.)[\"'’”)]*\\s+(?=[\"'‘“]?\\p{Lu})");
  /** The end of a Chinese sentence: its mark or an ellipsis, and closing quotes. */
  static final Pattern CHINESE_END = Pattern.compile("(?:[。！？!?]+|……|…)[」』”’）)]*");

  private final String text;
  private final LineUp lineUp;

  SentenceBySentence(String text, LineUp lineUp) {
    this.text = text;
    this.lineUp = lineUp;
  }

  /** The candidates, each quotation of several corresponding sentences replaced by its sentence pairs. */
  List<Candidate> split(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      out.addAll(WHOLE_SIDES.contains(candidate.pattern()) && candidate.boundaryFixed()
          ? sentencePairs(candidate) : List.of(candidate));
    }
    return out;
  }

  private List<Candidate> sentencePairs(Candidate whole) {
    List<Span> english = parts(whole.english(), ENGLISH_END);
    List<Span> chinese = parts(text.substring(whole.chinese().start(), whole.chinese().end()), CHINESE_END);
    if (english.size() < 2 || chinese.size() < 2) {
      return List.of(whole);
    }
    LineUp.LinedUpRuns linedUp = lineUp.lineUp(slices(whole.english(), english),
        slices(text.substring(whole.chinese().start(), whole.chinese().end()), chinese));
    if (!linedUp.shownToTranslate() || linedUp.groups().size() < 2 || !coversAll(linedUp.groups(), english.size(),
        chinese.size())) {
      return List.of(whole);
    }
    Span block = new Span(Math.min(whole.chinese().start(), whole.englishSpan().isNone() ? whole.chinese().start()
        : whole.englishSpan().start()), Math.max(whole.chinese().end(), whole.englishSpan().end()));
    List<Candidate> pairs = new ArrayList<>();
    for (LineUp.LineGroup group : linedUp.groups()) {
      Span en = new Span(english.get(group.englishStart()).start(), english.get(group.englishEnd() - 1).end());
      Span zh = new Span(whole.chinese().start() + chinese.get(group.chineseStart()).start(),
          whole.chinese().start() + chinese.get(group.chineseEnd() - 1).end());
      Span englishSpan = whole.englishSpan().isNone() ? Span.NONE
          : new Span(whole.englishSpan().start() + en.start(), whole.englishSpan().start() + en.end());
      pairs.add(new Candidate(whole.pattern(), whole.english().substring(en.start(), en.end()), englishSpan, zh,
          true, -1, -1, block));
    }
    return pairs;
  }

  /** Every sentence of both sides in some group, the groups in order without gaps. */
  private static boolean coversAll(List<LineUp.LineGroup> groups, int english, int chinese) {
    int nextEnglish = 0;
    int nextChinese = 0;
    for (LineUp.LineGroup group : groups) {
      if (group.englishStart() != nextEnglish || group.chineseStart() != nextChinese) {
        return false;
      }
      nextEnglish = group.englishEnd();
      nextChinese = group.chineseEnd();
    }
    return nextEnglish == english && nextChinese == chinese;
  }

  /** The sentences of {@code side}, as spans within it, white space around them left out. */
  static List<Span> parts(String side, Pattern end) {
    List<Span> parts = new ArrayList<>();
    Matcher matcher = end.matcher(side);
    int start = 0;
    while (matcher.find()) {
      int stop = matcher.end();
      while (stop > start && Character.isWhitespace(side.charAt(stop - 1))) {
        stop--;
      }
      addPart(side, start, stop, parts);
      start = matcher.end();
    }
    addPart(side, start, side.length(), parts);
    return parts;
  }

  private static void addPart(String side, int start, int end, List<Span> parts) {
    int first = start;
    int last = end;
    while (first < last && Character.isWhitespace(side.charAt(first))) {
      first++;
    }
    while (last > first && Character.isWhitespace(side.charAt(last - 1))) {
      last--;
    }
    if (last > first && side.substring(first, last).codePoints().anyMatch(Character::isLetter)) {
      parts.add(new Span(first, last));
    }
  }

  private static List<String> slices(String side, List<Span> parts) {
    return parts.stream().map(part -> side.substring(part.start(), part.end())).toList();
  }
}
