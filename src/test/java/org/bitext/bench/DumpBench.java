package org.bitext.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes a synthetic multistream zhwiki dump for benchmarks, as Wikimedia lays it out (a header stream, streams of
 * 100 pages, a closing stream, and the index), from real articles copied until the uncompressed size is reached:
 * every copy has a distinct title and id, every tenth page is a redirect and every seventh is in another
 * namespace. It streams, so a gigabyte needs no more memory than a megabyte.
 *
 * <p>Arguments: {@code realistic|dense} (the 60 random sample articles, or the dev corpus, far denser in pairs),
 * the uncompressed size in MB, and the output folder. See bench/dump-bench.sh.
 */
public final class DumpBench {
  private static final int PAGES_PER_STREAM = 100;

  private DumpBench() {}

  public static void main(String[] args) throws IOException {
    String kind = args[0];
    long target = Long.parseLong(args[1]) << 20;
    Path folder = Files.createDirectories(Path.of(args[2]));
    List<String> texts = texts(Path.of("src/test/resources", kind.equals("dense") ? "dev" : "sample"));
    String name = "zhwiki-" + kind + "-" + args[1] + "mb-pages-articles";
    Path dump = folder.resolve(name + "-multistream.xml.bz2");
    long written = 0;
    long offset = 0;
    int id = 0;
    try (OutputStream out = Files.newOutputStream(dump);
        Writer index = new java.io.OutputStreamWriter(new BZip2CompressorOutputStream(
            Files.newOutputStream(folder.resolve(name + "-multistream-index.txt.bz2"))), StandardCharsets.UTF_8)) {
      String header = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" "
          + "xml:lang=\"zh\">\n  <siteinfo>\n    <sitename>Wikipedia</sitename>\n  </siteinfo>\n";
      offset += stream(out, header.getBytes(StandardCharsets.UTF_8));
      while (written < target) {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < PAGES_PER_STREAM; i++) {
          id++;
          String title = "條目" + id;
          index.write(offset + ":" + id + ":" + title + "\n");
          chunk.append(page(id, title, texts.get(id % texts.size())));
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        written += bytes.length;
        offset += stream(out, bytes);
      }
      stream(out, "</mediawiki>\n".getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf("%s: %d pages, %d MB uncompressed, %d MB compressed%n", dump, id, written >> 20,
        Files.size(dump) >> 20);
  }

  private static String page(int id, String title, String text) {
    boolean redirect = id % 10 == 0;
    int namespace = id % 7 == 0 ? 1 : 0;
    return "  <page>\n    <title>" + title + "</title>\n    <ns>" + namespace + "</ns>\n    <id>" + id + "</id>\n"
        + (redirect ? "    <redirect title=\"目標\" />\n" : "") + "    <revision>\n      <id>" + (1000000 + id)
        + "</id>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        + "      <text bytes=\"" + text.length() + "\" xml:space=\"preserve\">"
        + StringEscapeUtils.escapeXml10(redirect ? "#REDIRECT [[目標]]" : text) + "</text>\n    </revision>\n"
        + "  </page>\n";
  }

  private static long stream(OutputStream out, byte[] uncompressed) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream bzip2 = new BZip2CompressorOutputStream(compressed)) {
      bzip2.write(uncompressed);
    }
    compressed.writeTo(out);
    return compressed.size();
  }

  private static List<String> texts(Path folder) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".wikitext")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    return texts;
  }
}
