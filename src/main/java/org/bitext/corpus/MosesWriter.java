package org.bitext.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bitext.align.Pair;

/**
 * Streams pairs as Moses-style parallel text: {@code NAME.moses} names two files, {@code NAME.en} and
 * {@code NAME.zh}, whose lines correspond. Both are committed together; a line break inside a segment becomes a
 * space, so the files stay aligned.
 */
final class MosesWriter implements PairWriter {
  private final AtomicFile englishFile;
  private final AtomicFile chineseFile;
  private final Writer english;
  private final Writer chinese;

  MosesWriter(Path target) throws IOException {
    this(target, TextLayout.MosesNames.BITEXT);
  }

  MosesWriter(Path target, TextLayout.MosesNames names) throws IOException {
    String name = target.getFileName().toString();
    String base = name.substring(0, name.length() - OutputFormat.MOSES.extension().length());
    this.englishFile = new AtomicFile(target.resolveSibling(base + names.suffix("en")));
    this.chineseFile = new AtomicFile(target.resolveSibling(base + names.suffix("zh")));
    this.english = new OutputStreamWriter(englishFile.stream(), StandardCharsets.UTF_8);
    this.chinese = new OutputStreamWriter(chineseFile.stream(), StandardCharsets.UTF_8);
  }

  @Override
  public void write(Pair pair) throws IOException {
    english.write(PlainText.field(pair.english()));
    english.write('\n');
    chinese.write(PlainText.field(pair.chinese()));
    chinese.write('\n');
  }

  @Override
  public void commit() throws IOException {
    english.flush();
    chinese.flush();
    englishFile.commit();
    chineseFile.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      englishFile.close();
    } finally {
      chineseFile.close();
    }
  }
}
