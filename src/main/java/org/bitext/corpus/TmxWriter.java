package org.bitext.corpus;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bitext.align.Pair;
import org.bitext.align.Provenance;

/**
 * Streams pairs as TMX 1.4, Level 1: UTF-8 without BOM, no namespace, no creation date (the same pairs give the
 * same bytes), {@code srclang} equal to the first {@code tuv}'s language, provenance as {@code x-} properties.
 */
public final class TmxWriter implements PairWriter {
  public static final String VERSION = "0.1.0";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** Trados truncates segments at this length, so longer ones are flagged. */
  static final int LONG_SEGMENT = 2000;

  private final AtomicFile file;
  private final XMLStreamWriter xml;
  private final TmxSettings settings;
  private final Set<String> written = new HashSet<>();

  public TmxWriter(Path target, TmxSettings settings) throws IOException {
    this.settings = settings;
    this.file = new AtomicFile(target);
    XMLOutputFactory factory = new WstxOutputFactory();
    factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    try {
      this.xml = factory.createXMLStreamWriter(file.stream(), "UTF-8");
      writeHeader();
    } catch (XMLStreamException e) {
      file.close();
      throw new IOException("cannot start TMX " + target + ": " + e.getMessage(), e);
    }
  }

  private void writeHeader() throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("tmx");
    xml.writeAttribute("version", "1.4");
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("header");
    xml.writeAttribute("creationtool", "bitext");
    xml.writeAttribute("creationtoolversion", VERSION);
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "bitext");
    xml.writeAttribute("adminlang", "en-US");
    xml.writeAttribute("srclang", settings.sourceTag());
    xml.writeAttribute("datatype", "plaintext");
    xml.writeCharacters("\n  ");
    xml.writeStartElement("body");
  }

  @Override
  public boolean write(Pair pair) throws IOException {
    String english = XmlText.legal(pair.english());
    String chinese = XmlText.legal(pair.chinese());
    String tuid = tuid(pair.provenance().article(), english, chinese);
    if (!written.add(tuid)) {
      return false;
    }
    try {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("tu");
      xml.writeAttribute("tuid", tuid);
      writeProperties(pair, english.length() > LONG_SEGMENT || chinese.length() > LONG_SEGMENT);
      if (settings.chineseIsSource()) {
        writeVariant(settings.chineseTag(), chinese);
        writeVariant(settings.englishTag(), english);
      } else {
        writeVariant(settings.englishTag(), english);
        writeVariant(settings.chineseTag(), chinese);
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
      return true;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX unit: " + e.getMessage(), e);
    }
  }

  private void writeProperties(Pair pair, boolean longSegment) throws XMLStreamException {
    Provenance from = pair.provenance();
    property("x-kind", pair.kind().label());
    property("x-score", String.format(Locale.ROOT, "%.3f", pair.score()));
    property("x-article", from.article());
    property("x-section", from.section());
    property("x-speaker", from.speaker());
    property("x-source-url", from.sourceUrl());
    property("x-pattern", from.pattern().label());
    if (longSegment) {
      property("x-long-segment", "over " + LONG_SEGMENT + " characters");
    }
  }

  private void property(String type, String value) throws XMLStreamException {
    String text = XmlText.legal(value);
    if (text.isEmpty()) {
      return;
    }
    xml.writeCharacters("\n      ");
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void writeVariant(String language, String segment) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", XML_NS, "lang", language);
    xml.writeStartElement("seg");
    xml.writeCharacters(segment);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** A stable id: the same article and pair always get the same one, whatever else is in the run. */
  static String tuid(String article, String english, String chinese) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((article + '\u0000' + english + '\u0000' + chinese).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public void commit() throws IOException {
    try {
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot finish TMX: " + e.getMessage(), e);
    }
    // StAX writes nothing after the root element, but a text file ends with a newline.
    file.stream().write('\n');
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
