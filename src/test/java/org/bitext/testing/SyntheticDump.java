package org.bitext.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Builds MediaWiki dumps from real article texts, as Wikimedia lays them out: a multistream {@code .xml.bz2} (a
 * header stream, streams of a few pages, a closing stream) with its index, or plain XML. Every copy of an article
 * gets a distinct title and id; every tenth page is a redirect and every seventh a talk page, which bitext skips.
 */
public final class SyntheticDump {
  private static final String HEADER = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" "
      + "version=\"0.11\" xml:lang=\"zh\">\n  <siteinfo>\n    <sitename>Wikipedia</sitename>\n  </siteinfo>\n";
  private static final String FOOTER = "</mediawiki>\n";

  private final List<String> pages = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();

  /** Adds {@code copies} copies of each text as pages. */
  public SyntheticDump(List<String> texts, int copies) {
    int id = 0;
    for (int copy = 0; copy < copies; copy++) {
      for (String text : texts) {
        id++;
        String title = "條目" + id;
        boolean redirect = id % 10 == 0;
        boolean talk = id % 7 == 0;
        titles.add(title);
        pages.add("  <page>\n    <title>" + title + "</title>\n    <ns>" + (talk ? 1 : 0) + "</ns>\n    <id>" + id
            + "</id>\n" + (redirect ? "    <redirect title=\"目標\" />\n" : "")
            + "    <revision>\n      <id>" + (100000 + id) + "</id>\n      <model>wikitext</model>\n"
            + "      <text bytes=\"" + text.length() + "\" xml:space=\"preserve\">"
            + StringEscapeUtils.escapeXml10(redirect ? "#REDIRECT [[目標]]" : text)
            + "</text>\n    </revision>\n  </page>\n");
      }
    }
  }

  public void writeXml(Path target) throws IOException {
    StringBuilder xml = new StringBuilder(HEADER);
    pages.forEach(xml::append);
    Files.writeString(target, xml.append(FOOTER));
  }

  /** Writes {@code NAME-multistream.xml.bz2} and its index beside it; returns the dump's path. */
  public Path writeMultistream(Path folder, String name, int pagesPerStream) throws IOException {
    Path dump = folder.resolve(name + "-multistream.xml.bz2");
    StringBuilder index = new StringBuilder();
    try (OutputStream out = Files.newOutputStream(dump)) {
      long offset = 0;
      offset += writeStream(out, HEADER);
      for (int first = 0; first < pages.size(); first += pagesPerStream) {
        int last = Math.min(pages.size(), first + pagesPerStream);
        for (int i = first; i < last; i++) {
          index.append(offset).append(':').append(i + 1).append(':').append(titles.get(i)).append('\n');
        }
        offset += writeStream(out, String.join("", pages.subList(first, last)));
      }
      writeStream(out, FOOTER);
    }
    try (OutputStream out = new BZip2CompressorOutputStream(
        Files.newOutputStream(folder.resolve(name + "-multistream-index.txt.bz2")))) {
      out.write(index.toString().getBytes(StandardCharsets.UTF_8));
    }
    return dump;
  }

  private static long writeStream(OutputStream out, String text) throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    try (OutputStream bzip2 = new BZip2CompressorOutputStream(stream)) {
      bzip2.write(text.getBytes(StandardCharsets.UTF_8));
    }
    stream.writeTo(out);
    return stream.size();
  }
}
