package org.bitext.corpus;

import java.nio.file.Path;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;

/**
 * Writes COUNT distinct pairs in FORMAT to TARGET, a TMX cut into shards of SIZE bytes when a fourth argument gives
 * one: run in a small heap to show that writers stream.
 */
public final class WriteManyPairs {
  private WriteManyPairs() {}

  public static void main(String[] args) throws Exception {
    OutputFormat format = OutputFormat.valueOf(args[0]);
    Path target = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    TmxSettings settings = args.length > 3 ? TmxSettings.defaults().withShards(new Shards(Long.MAX_VALUE,
        Shards.parseSize(args[3]))) : TmxSettings.defaults();
    try (PairWriter writer = PairWriters.open(format, target, settings)) {
      for (int i = 0; i < count; i++) {
        Provenance from = new Provenance("文章" + (i / 100), "dump.xml", "历史", "季比洛夫", "http://example.org/" + i,
            FindPattern.PAREN_IN_QUOTE, new Span(i, i + 10), new Span(i + 11, i + 40), ChineseScript.SIMPLIFIED);
        writer.write(new Pair("我相信对顿涅茨克人民共和国的承认是正确的一步，第" + i + "次",
            "I believe the recognition of the Donetsk republic is the right step, time " + i, PairKind.SENTENCE,
            0.9, from));
      }
      writer.commit();
    }
  }
}
