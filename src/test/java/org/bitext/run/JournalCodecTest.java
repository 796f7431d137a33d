package org.bitext.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bitext.align.Context;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;
import org.bitext.run.JournalRecord.Checkpoint;
import org.bitext.run.JournalRecord.Header;
import org.bitext.run.JournalRecord.PairWritten;
import org.bitext.run.JournalRecord.ProblemMet;
import org.bitext.run.JournalRecord.UnitsDone;
import org.bitext.source.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Journal lines: every record comes back as it was written, by field name; damaged lines decode to nothing. */
class JournalCodecTest {
  private static final Pair PAIR = new Pair("我相信对顿涅茨克人民共和国的承认是正确的一步",
      "I believe the recognition of the Donetsk republic is the right step", PairKind.SENTENCE, 0.969,
      new Provenance("顿涅茨克—南奥塞梯关系", "seeds/000.txt", "历史", "季比洛夫", "http://tass.ru/en/world/738110",
          FindPattern.PAREN_IN_QUOTE, new Span(812, 834), new Span(835, 902), ChineseScript.SIMPLIFIED));
  /** Quotes, tabs, newlines, a backslash, a NUL, an astral char, an unknown span. */
  private static final Pair AWKWARD = new Pair("「引\t号」\n\\ \u0000 𠀀", "\"quoted\"\r\n", PairKind.TERM, 0.1 + 0.2,
      new Provenance("", "", "", "", "", FindPattern.INTERLANGUAGE_LINK, new Span(0, 0), Span.NONE,
          ChineseScript.TRADITIONAL));

  /** A bead of two documents: context on both sides, an empty one at the document's start. */
  private static final Pair IN_CONTEXT = new Pair(PAIR.chinese(), PAIR.english(), PairKind.SENTENCE, 0.969,
      PAIR.provenance(), new Context(new Context.Around("", "下一句「引」\t。"),
          new Context.Around("The \"first\" one.", "The next one.")));

  static List<JournalRecord> records() {
    return List.of(new Header(2, "0123456789abcdef"), new PairWritten(PAIR), new PairWritten(AWKWARD),
        new PairWritten(IN_CONTEXT),
        new ProblemMet(new Diagnostic("dump.xml (page 乙)", "broken XML at line 3: \"</text>\"")),
        new UnitsDone(new Checkpoint(12, 65, 10, 29)), new UnitsDone(Checkpoint.START));
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyRecordRoundTrips(JournalRecord record) {
    byte[] line = JournalCodec.encode(record);
    assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
    assertThat(Arrays.copyOf(line, line.length - 1)).doesNotContain((byte) '\n');
    assertThat(JournalCodec.decode(line)).contains(record);
  }

  @Test
  void fieldsAreNamedSoTheirOrderDoesNotMatter() {
    String reordered = "{\"duplicates\":2,\"units\":7,\"record\":\"checkpoint\",\"filtered_out\":1,\"articles\":9}\n";
    assertThat(JournalCodec.decode(reordered.getBytes(StandardCharsets.UTF_8)))
        .contains(new UnitsDone(new Checkpoint(7, 9, 1, 2)));
    assertThat(new String(JournalCodec.encode(new UnitsDone(new Checkpoint(7, 9, 1, 2))), StandardCharsets.UTF_8))
        .isEqualTo("{\"record\":\"checkpoint\",\"units\":7,\"articles\":9,\"filtered_out\":1,\"duplicates\":2}\n");
  }

  @Test
  void aPairWithoutContextIsWrittenAsBeforeAndAnOlderLineReadsWithNone() {
    String line = new String(JournalCodec.encode(new PairWritten(PAIR)), StandardCharsets.UTF_8);
    assertThat(line).doesNotContain("_before").doesNotContain("_after").endsWith("\"script\":\"SIMPLIFIED\"}\n");
    assertThat(JournalCodec.decode(line.getBytes(StandardCharsets.UTF_8)))
        .hasValueSatisfying(record -> assertThat(((PairWritten) record).pair().context()).isEqualTo(Context.NONE));
    assertThat(new String(JournalCodec.encode(new PairWritten(IN_CONTEXT)), StandardCharsets.UTF_8))
        .doesNotContain("zh_before").contains("\"zh_after\":\"下一句「引」\\t。\",\"en_before\"");
  }

  @Test
  void aLineCutShortOrMissingAFieldIsNoRecord() {
    byte[] whole = JournalCodec.encode(new PairWritten(PAIR));
    for (int cut = 0; cut < whole.length - 2; cut += 7) {
      assertThat(JournalCodec.decode(Arrays.copyOf(whole, cut))).as("cut at " + cut).isEmpty();
    }
    assertThat(JournalCodec.decode("{\"record\":\"checkpoint\",\"units\":7}\n".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(JournalCodec.decode("{\"record\":\"mystery\"}\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(JournalCodec.decode("[\"checkpoint\",1,2,3,4]\n".getBytes(StandardCharsets.UTF_8)))
        .as("format 1, by position").isEmpty();
    assertThat(JournalCodec.decode("{\"record\":{\"nested\":1}}\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Optional.empty());
  }
}
