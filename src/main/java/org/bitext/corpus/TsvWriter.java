package org.bitext.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.bitext.align.Pair;
import org.bitext.align.Provenance;

/** Streams pairs as tab-separated values under a header line; tabs and line breaks inside fields become spaces. */
final class TsvWriter implements PairWriter {
  static final String HEADER = "score\tkind\ten\tzh\tarticle\tsection\turl\tspeaker\tpattern";

  private final AtomicFile file;
  private final Writer out;
  private final TextLayout.TsvColumns columns;

  TsvWriter(Path target) throws IOException {
    this(target, TextLayout.TsvColumns.BITEXT);
  }

  TsvWriter(Path target, TextLayout.TsvColumns columns) throws IOException {
    this.file = new AtomicFile(target);
    this.columns = columns;
    this.out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
    if (columns == TextLayout.TsvColumns.BITEXT) {
      out.write(HEADER);
      out.write('\n');
    }
  }

  @Override
  public void write(Pair pair) throws IOException {
    Provenance from = pair.provenance();
    String score = String.format(Locale.ROOT, "%.3f", pair.score());
    if (columns == TextLayout.TsvColumns.BICLEANER) {
      out.write(String.join("\t", PlainText.field(pair.english()), PlainText.field(pair.chinese()),
          pair.kind().label(), PlainText.field(from.article()), PlainText.field(from.section()),
          PlainText.field(from.sourceUrl()), PlainText.field(from.speaker()), from.pattern().label(), score));
    } else {
      out.write(String.join("\t", score, pair.kind().label(),
          PlainText.field(pair.english()), PlainText.field(pair.chinese()), PlainText.field(from.article()),
          PlainText.field(from.section()), PlainText.field(from.sourceUrl()), PlainText.field(from.speaker()),
          from.pattern().label()));
    }
    out.write('\n');
  }

  @Override
  public void commit() throws IOException {
    out.flush();
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
