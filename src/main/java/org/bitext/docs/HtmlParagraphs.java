package org.bitext.docs;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of an HTML page, read with jsoup: every block element (p, h1–h6, li, td, div, blockquote…) and
 * every {@code <br>} ends one; scripts, styles and the head are not text.
 */
final class HtmlParagraphs {
  private HtmlParagraphs() {}

  static List<String> of(String html) {
    Element body = Jsoup.parse(html).body();
    Collector collector = new Collector();
    body.traverse(collector);
    collector.flush();
    return collector.paragraphs;
  }

  private static final class Collector implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder open = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        open.append(text.text());
      } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock()) {
        flush();
      }
    }

    void flush() {
      String paragraph = open.toString().replaceAll("\\s+", " ").strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      open.setLength(0);
    }
  }
}
