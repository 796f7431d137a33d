package org.bitext.align;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.common.Brackets;

/**
 * Reads the speaker from a reporting clause before a quotation: in 总统季比洛夫向俄罗斯通讯社表示，「…」 the
 * clause ends in a speech verb, the subject runs up to the preposition 向, and the title 总统 is dropped.
 */
final class SpeakerFinder {
  private static final Pattern SPEECH_VERB = Pattern.compile(
      "(?:表示|说|說|称|稱|指出|认为|認為|宣布|强调|強調|写道|寫道|回答|回应|回應|声称|聲稱|提到|表明|重申|坦言|透露"
      + "|宣称|宣稱|问道|問道|答道|补充|補充|呼吁|呼籲|警告|承认|承認|发表|發表|感叹|感嘆)(?:道|说|說)?$");
  private static final Pattern SUBJECT_END = Pattern.compile(
      "向|对|對|在|于|於|接受|跟|曾|也|则|則|还|還|更|又|亦|再次|公开|公開|随后|隨後|当时|當時|后来|後來|同时|同時");
  private static final Pattern TITLE = Pattern.compile(
      "(?:副)?(?:总统|總統|主席|总理|總理|首相|部长|部長|外长|外長|大使|发言人|發言人|议长|議長|国务卿|國務卿|总书记"
      + "|總書記|领导人|領導人|国王|國王|女王|市长|市長|州长|州長|省长|省長|参议员|參議員|众议员|眾議員|议员|議員|主教"
      + "|教宗|教皇|将军|將軍|司令|院长|院長|校长|校長|董事长|董事長|总裁|總裁|执行长|執行長|首席执行官|首席執行官|教授"
      + "|博士|秘书长|秘書長|代表|官员|官員|导演|導演|作者|作家|总督|總督|首脑|首腦)");
  private static final Pattern PRONOUN = Pattern.compile("^(?:他|她|它|我|你|其|他们|他們|她们|她們|我们|我們|双方|雙方|对方|對方)$");
  private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·・•A-Za-z .-]{2,16}$");

  private static final int LONGEST_CLAUSE = 200;

  private SpeakerFinder() {}

  /** The speaker named by {@code text[reportStart, quoteStart)}, skipping any quotation inside it. */
  static Optional<String> find(String text, int reportStart, int quoteStart) {
    if (reportStart < 0 || quoteStart <= reportStart) {
      return Optional.empty();
    }
    // A reporting clause is short; looking further back would make long sentences quadratic.
    String clause = lastClause(unquoted(text, Math.max(reportStart, quoteStart - LONGEST_CLAUSE), quoteStart));
    Matcher verb = SPEECH_VERB.matcher(clause);
    if (!verb.find()) {
      return Optional.empty();
    }
    String subject = clause.substring(0, verb.start());
    Matcher end = SUBJECT_END.matcher(subject);
    if (end.find() && end.start() > 0) {
      subject = subject.substring(0, end.start());
    }
    Matcher title = TITLE.matcher(subject);
    int afterTitle = -1;
    while (title.find()) {
      afterTitle = title.end();
    }
    if (afterTitle > 0 && afterTitle < subject.length()) {
      subject = subject.substring(afterTitle);
    }
    subject = subject.strip();
    if (!NAME.matcher(subject).matches() || PRONOUN.matcher(subject).matches() || TITLE.matcher(subject).matches()) {
      return Optional.empty();
    }
    return Optional.of(subject);
  }

  private static String unquoted(String text, int start, int end) {
    StringBuilder clause = new StringBuilder();
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Brackets.isQuoteOpener(c)) {
        depth++;
      } else if (Brackets.isQuoteCloser(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        clause.append(c);
      }
    }
    return clause.toString().strip().replaceAll("[，,：:\\s]+$", "");
  }

  private static String lastClause(String text) {
    int boundary = Math.max(text.lastIndexOf('，'), Math.max(text.lastIndexOf('。'), text.lastIndexOf('；')));
    return text.substring(boundary + 1).strip();
  }
}
