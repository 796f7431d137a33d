package org.bitext.source;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bitext.internal.SafeXml;

/**
 * Streams the articles of a MediaWiki XML dump ({@code <mediawiki><page>…}, or bare {@code <page>} elements): main
 * namespace only, redirects skipped, one page in memory at a time. DTDs and external entities are never read.
 */
public final class DumpReader {
  private final XMLInputFactory factory = SafeXml.inputFactory();

  /** A page as read from the dump. */
  private static final class Page {
    String title = "";
    String namespace = "0";
    boolean redirect;
    String text;
  }

  /**
   * Reads every page of {@code in}, sending main-namespace articles to {@code sink}.
   *
   * @throws InputException when the XML itself is broken; pages before the break have been delivered
   */
  public void read(InputStream in, String origin, ArticleSink sink) throws InputException, IOException {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        int pages = 0;
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("page")) {
            deliver(readPage(xml), origin, sink);
            pages++;
          }
        }
        if (pages == 0) {
          throw new InputException("XML without any MediaWiki <page>");
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      int line = SafeXml.line(e);
      throw new InputException("broken XML" + (line > 0 ? " at line " + line : "") + ": " + SafeXml.message(e), e);
    }
  }

  private static void deliver(Page page, String origin, ArticleSink sink) throws IOException {
    String where = origin + " (page " + page.title + ")";
    if (!page.namespace.equals("0") || page.redirect) {
      return;
    }
    if (page.text == null || page.text.isBlank()) {
      sink.skipped(new Diagnostic(where, "page has no text"));
      return;
    }
    sink.accept(new Article(page.title, where, page.text, SourceFormat.WIKITEXT));
  }

  private static Page readPage(XMLStreamReader xml) throws XMLStreamException {
    Page page = new Page();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        switch (xml.getLocalName()) {
          case "title":
            page.title = xml.getElementText().strip();
            depth--;
            break;
          case "ns":
            page.namespace = xml.getElementText().strip();
            depth--;
            break;
          case "redirect":
            page.redirect = true;
            break;
          case "text":
            page.text = xml.getElementText();
            depth--;
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return page;
  }
}
