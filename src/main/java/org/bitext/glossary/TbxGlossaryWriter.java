package org.bitext.glossary;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bitext.common.Digest;
import org.bitext.common.Version;
import org.bitext.corpus.XmlText;

/**
 * Writes a glossary as TBX-Basic in DCA style (ISO 30042:2019): one {@code conceptEntry} a Chinese term, its
 * {@code langSec} for Chinese with the term, one for English with a {@code termSec} a variant, each variant's count
 * and score in a {@code note}, the articles as the entry's {@code admin type="source"}.
 */
final class TbxGlossaryWriter {
  static final String NAMESPACE = "urn:iso:std:iso:30042:ed:3.0";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final OutputStream out;
  private final XMLStreamWriter xml;
  private final GlossaryLanguages languages;

  TbxGlossaryWriter(OutputStream out, GlossaryLanguages languages) throws XMLStreamException {
    XMLOutputFactory factory = new WstxOutputFactory();
    factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    this.out = out;
    this.xml = factory.createXMLStreamWriter(out, "UTF-8");
    this.languages = languages;
  }

  void write(List<GlossaryEntry> entries) throws IOException {
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      newline(0);
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "tbx");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("type", "TBX-Basic");
      xml.writeAttribute("style", "dca");
      xml.writeAttribute("xml", XML_NS, "lang", "en");
      writeHeader();
      newline(1);
      xml.writeStartElement(NAMESPACE, "text");
      newline(2);
      xml.writeStartElement(NAMESPACE, "body");
      for (GlossaryEntry entry : entries) {
        writeEntry(entry);
      }
      newline(2);
      xml.writeEndElement();
      newline(1);
      xml.writeEndElement();
      newline(0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      // StAX writes nothing after the root element, but a text file ends with a newline.
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TBX: " + e.getMessage(), e);
    }
  }

  private void writeHeader() throws XMLStreamException {
    newline(1);
    xml.writeStartElement(NAMESPACE, "tbxHeader");
    newline(2);
    xml.writeStartElement(NAMESPACE, "fileDesc");
    newline(3);
    xml.writeStartElement(NAMESPACE, "titleStmt");
    element("title", "Chinese-English term pairs");
    xml.writeEndElement();
    newline(3);
    xml.writeStartElement(NAMESPACE, "sourceDesc");
    element("p", "Term pairs mined by bitext " + Version.CURRENT + " from bilingual articles: one entry a Chinese "
        + "term, each English variant with how often it was found and its best score (0-1).");
    xml.writeEndElement();
    newline(2);
    xml.writeEndElement();
    newline(1);
    xml.writeEndElement();
  }

  private void writeEntry(GlossaryEntry entry) throws XMLStreamException {
    newline(3);
    xml.writeStartElement(NAMESPACE, "conceptEntry");
    // An XML ID must start with a letter; the digest keeps it stable whatever else the glossary holds.
    xml.writeAttribute("id", "c" + Digest.hex(entry.chinese()));
    if (!entry.articles().isEmpty()) {
      newline(4);
      xml.writeStartElement(NAMESPACE, "admin");
      xml.writeAttribute("type", "source");
      xml.writeCharacters(XmlText.legal(GlossaryNotes.articles(entry.articles())));
      xml.writeEndElement();
    }
    newline(4);
    xml.writeStartElement(NAMESPACE, "langSec");
    xml.writeAttribute("xml", XML_NS, "lang", languages.chinese());
    termSec(entry.chinese(), "found " + entry.count() + " time(s), best score "
        + GlossaryNotes.score(entry.bestScore()));
    xml.writeEndElement();
    newline(4);
    xml.writeStartElement(NAMESPACE, "langSec");
    xml.writeAttribute("xml", XML_NS, "lang", languages.english());
    for (TermVariant variant : entry.variants()) {
      termSec(variant.english(), GlossaryNotes.variant(variant));
    }
    xml.writeEndElement();
    newline(3);
    xml.writeEndElement();
  }

  private void termSec(String term, String note) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "termSec");
    element("term", term);
    element("note", note);
    xml.writeEndElement();
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, name);
    xml.writeCharacters(XmlText.legal(text));
    xml.writeEndElement();
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
