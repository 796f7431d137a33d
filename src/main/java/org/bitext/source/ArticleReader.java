package org.bitext.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Reads one input file into its articles: an article file (strict decoding, markup format, title), or a MediaWiki
 * XML dump of many.
 */
public final class ArticleReader {
  private final DumpReader dumps = new DumpReader();
  private final AtomicLong bytesRead;

  /** A reader that adds the bytes it reads to {@code bytesRead}, for progress. */
  public ArticleReader(AtomicLong bytesRead) {
    this.bytesRead = bytesRead;
  }

  public ArticleReader() {
    this(new AtomicLong());
  }

  /** Wikitext signals strong enough that a {@code .txt} file is read as wikitext. */
  private static final Pattern WIKITEXT_SIGNAL =
      Pattern.compile("\\[\\[[^\\]\\n]+]]|\\{\\{[^}\\n]*|^==[^=\\n].*==\\s*$|'''[^'\\n]+'''", Pattern.MULTILINE);
  /** The lead's bold title, conventionally the article's name ('''顿涅茨克—南奥塞梯关系'''). */
  private static final Pattern LEAD_TITLE = Pattern.compile("^'''([^'\\n]{1,120}?)'''", Pattern.MULTILINE);

  /**
   * Sends the file's articles to {@code sink}.
   *
   * @throws InputException when the file cannot be read at all, or breaks off (articles before the break have been
   *     delivered)
   */
  public void read(InputFile file, ArticleSink sink) throws InputException, IOException {
    switch (file.kind()) {
      case BZIP2_DUMP -> readCompressedDump(file, sink);
      case XML_DUMP -> {
        try (InputStream in = new BufferedInputStream(counted(file), 1 << 16)) {
          dumps.read(in, file.path().toString(), sink);
        }
      }
      default -> sink.accept(readArticle(file));
    }
  }

  /** A bzip2 dump, multistream or not, read in one sequential pass. */
  private void readCompressedDump(InputFile file, ArticleSink sink) throws InputException, IOException {
    try (InputStream raw = new BufferedInputStream(counted(file), 1 << 16)) {
      InputStream in;
      try {
        in = new BZip2CompressorInputStream(raw, true);
      } catch (IOException e) {
        throw new InputException("corrupt or truncated bzip2 data: " + e.getMessage(), e);
      }
      dumps.read(in, file.path().toString(), sink);
    }
  }

  private InputStream counted(InputFile file) throws IOException {
    return new CountingInputStream(Files.newInputStream(file.path()), bytesRead);
  }

  /** Reads an article file (not a dump). */
  public Article readArticle(InputFile file) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage(), e);
    }
    bytesRead.addAndGet(bytes.length);
    String text = TextDecoder.decode(bytes);
    if (text.isBlank()) {
      throw new InputException("file holds only white space");
    }
    SourceFormat format = formatOf(file, text);
    return new Article(titleOf(file, text, format), file.path().toString(), text, format);
  }

  static SourceFormat formatOf(InputFile file, String text) {
    return switch (file.kind()) {
      case MARKDOWN_FILE -> SourceFormat.MARKDOWN;
      case WIKITEXT_FILE -> SourceFormat.WIKITEXT;
      default -> WIKITEXT_SIGNAL.matcher(text).find() ? SourceFormat.WIKITEXT : SourceFormat.PLAIN_TEXT;
    };
  }

  private static String titleOf(InputFile file, String text, SourceFormat format) {
    if (format == SourceFormat.WIKITEXT) {
      Matcher lead = LEAD_TITLE.matcher(text);
      if (lead.find()) {
        return lead.group(1).strip();
      }
    }
    String name = file.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
