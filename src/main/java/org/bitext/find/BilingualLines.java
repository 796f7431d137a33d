package org.bitext.find;

import java.util.List;
import java.util.Set;
import org.bitext.clean.Line;
import org.bitext.clean.LineKind;
import org.bitext.clean.Span;
import org.bitext.segment.Brackets;

/**
 * Finds bilingual blocks: a Chinese line next to an English line of the same kind, in either order
 * ({@code :『中文』} then {@code :"English"}; an English paragraph then its Chinese translation). Being adjacent is
 * weak evidence, so the aligner keeps such a pair only if the lexicon says the two lines translate each other.
 */
final class BilingualLines {
  /** An English line needs this many words to be a block, not a stray name. */
  private static final int MIN_ENGLISH_WORDS = 3;
  /** Longer lines are not one translated statement. */
  private static final int LONGEST_LINE = 2000;
  /** Quoted (:) lines and paragraphs; lists next to each other are mostly lists of links, not translations. */
  private static final Set<LineKind> BLOCK_KINDS = Set.of(LineKind.INDENTED, LineKind.PARAGRAPH);

  private final String text;

  BilingualLines(String text) {
    this.text = text;
  }

  void find(List<Line> lines, List<Candidate> out) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line first = lines.get(i);
      Line second = lines.get(i + 1);
      if (first.kind() != second.kind() || !BLOCK_KINDS.contains(first.kind()) || !isShortEnough(first)
          || !isShortEnough(second) || !adjacent(first, second)) {
        continue;
      }
      if (isChinese(first) && isEnglish(second)) {
        out.add(candidate(second, first));
        i++;
      } else if (isEnglish(first) && isChinese(second)) {
        out.add(candidate(first, second));
        i++;
      }
    }
  }

  /** Only a line break between them: no other line, nothing dropped. */
  private boolean adjacent(Line first, Line second) {
    return text.substring(first.end(), second.start()).strip().isEmpty();
  }

  private Candidate candidate(Line english, Line chinese) {
    return new Candidate(FindPattern.BILINGUAL_BLOCK, text.substring(english.start(), english.end()),
        new Span(english.start(), english.end()), unquoted(chinese), true, -1, -1);
  }

  /** The content of a line that is one quotation (『…』。), else the whole line. */
  private Span unquoted(Line line) {
    int start = line.start();
    int end = line.end();
    while (end > start && "。.，,；;！？".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start >= 3 && Brackets.isQuoteOpener(text.charAt(start)) && Brackets.isQuoteCloser(text.charAt(end - 1))
        && text.substring(start + 1, end - 1).chars().noneMatch(c -> Brackets.isQuoteCloser((char) c))) {
      return new Span(start + 1, end - 1);
    }
    return new Span(line.start(), line.end());
  }

  private static boolean isShortEnough(Line line) {
    return line.end() - line.start() <= LONGEST_LINE;
  }

  private boolean isChinese(Line line) {
    long han = count(line, true);
    return han >= 2 && han * 2 >= count(line, false) && !hasParenthesisedLatin(line);
  }

  private boolean isEnglish(Line line) {
    if (count(line, true) > 0) {
      return false;
    }
    String content = text.substring(line.start(), line.end());
    return content.split("[^A-Za-z']+").length > MIN_ENGLISH_WORDS;
  }

  /** A Chinese line with its own parenthesised English is already a candidate of another pattern. */
  private boolean hasParenthesisedLatin(Line line) {
    String content = text.substring(line.start(), line.end());
    return content.matches("(?s).*[（(][^）)]*[A-Za-z]{2,}[^）)]*[）)].*");
  }

  /** Han characters, or Latin letters. */
  private long count(Line line, boolean han) {
    return text.substring(line.start(), line.end()).codePoints()
        .filter(cp -> han ? Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
            : (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        .count();
  }
}
