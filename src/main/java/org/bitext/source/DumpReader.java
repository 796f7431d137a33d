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
 * namespace only, redirects skipped, one page in memory at a time and none larger than {@link #LONGEST_TEXT}.
 * DTDs and external entities are never read.
 */
public final class DumpReader {
  /** The longest page text read, in chars (zhwiki's longest article is about 1 M); longer pages are skipped. */
  static final int LONGEST_TEXT = 16 << 20;

  private final XMLInputFactory factory = SafeXml.inputFactory();

  /** A page as read from the dump; {@code problem} is set when its text cannot be used. */
  private static final class Page {
    String title = "";
    String namespace = "0";
    boolean redirect;
    String text;
    String problem = "";

    /** Main namespace and no redirect, as far as read: a dump gives both before the text. */
    boolean isArticle() {
      return namespace.equals("0") && !redirect;
    }
  }

  /**
   * Reads every page of {@code in}, sending main-namespace articles to {@code sink} and skipped pages' reasons to
   * it too.
   *
   * @throws InputException when the XML or the stream under it breaks; pages before the break have been delivered
   */
  public void read(InputStream in, String origin, ArticleSink sink) throws InputException, IOException {
    Page page = null;
    String lastRead = "";
    int pages = 0;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("page")) {
            page = new Page();
            readPage(xml, page);
            deliver(page, origin, sink);
            pages++;
            lastRead = page.title;
            page = null;
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw broken(e, page, lastRead);
    }
    if (pages == 0) {
      throw new InputException("XML without any MediaWiki <page>");
    }
  }

  /**
   * Names where the input broke. A broken stream or encoding is met while decoding ahead of the parser, so only the
   * last page read whole is certain; broken markup is met by the parser, at its line and page.
   */
  private static InputException broken(XMLStreamException e, Page page, String lastRead) {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof IOException) {
      String after = lastRead.isEmpty() ? " before any page was read" : " after page " + lastRead;
      return new InputException("input breaks off" + after + ": " + cause.getMessage(), e);
    }
    String where = (SafeXml.line(e) > 0 ? " at line " + SafeXml.line(e) : "")
        + (page == null || page.title.isEmpty() ? "" : " (in page " + page.title + ")");
    return new InputException("broken XML" + where + ": " + SafeXml.message(e), e);
  }

  private static void deliver(Page page, String origin, ArticleSink sink) throws IOException {
    String where = origin + " (page " + page.title + ")";
    if (!page.isArticle()) {
      return;
    }
    if (!page.problem.isEmpty()) {
      sink.skipped(new Diagnostic(where, page.problem));
    } else if (page.text == null || page.text.isBlank()) {
      sink.skipped(new Diagnostic(where, "page has no text"));
    } else {
      sink.accept(new Article(page.title, where, page.text, SourceFormat.WIKITEXT));
    }
  }

  private static void readPage(XMLStreamReader xml, Page page) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "title":
            page.title = xml.getElementText().strip();
            break;
          case "ns":
            page.namespace = xml.getElementText().strip();
            break;
          case "text":
            if (page.isArticle()) {
              readText(xml, page);
            } else {
              skipText(xml);
            }
            break;
          case "redirect":
            page.redirect = true;
            depth++;
            break;
          default:
            depth++;
            break;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Passes over the text of a page that is not read: no need to gather it. */
  private static void skipText(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext() && xml.next() != XMLStreamConstants.END_ELEMENT) {
      // Characters and entity references of a skipped page are not looked at.
    }
  }

  /** Reads a page's text up to {@link #LONGEST_TEXT} chars; past that, or at an unknown entity, skips the rest. */
  private static void readText(XMLStreamReader xml, Page page) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    long length = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE && page.problem.isEmpty()) {
        page.problem = "unknown entity &" + xml.getLocalName() + "; in the page text";
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        length += xml.getTextLength();
        if (length <= LONGEST_TEXT) {
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      }
    }
    if (length > LONGEST_TEXT && page.problem.isEmpty()) {
      page.problem = "page text is " + (length >> 20) + " M chars, more than the " + (LONGEST_TEXT >> 20)
          + " M read";
    }
    page.text = page.problem.isEmpty() ? text.toString() : null;
  }
}
