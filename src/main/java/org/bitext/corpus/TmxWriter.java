package org.bitext.corpus;

import org.bitext.common.Version;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bitext.align.Context;
import org.bitext.align.Pair;
import org.bitext.align.Provenance;

import static org.bitext.corpus.TmxProfile.FieldKind.NUMBER;
import static org.bitext.corpus.TmxProfile.FieldKind.PICKLIST;
import static org.bitext.corpus.TmxProfile.FieldKind.TEXT;
import static org.bitext.corpus.TmxProfile.ContextPlace.SOURCE_VARIANT;
import static org.bitext.corpus.TmxProfile.ContextPlace.UNIT;

/**
 * Streams pairs as TMX 1.4, Level 1: UTF-8 without BOM, no namespace, no creation date (the same pairs give the
 * same bytes), {@code srclang} equal to the first {@code tuv}'s language, provenance as {@code x-} properties.
 *
 * <p>The Chinese tag is one per file, and when it is detected it depends on every pair of the file; so units are
 * streamed to a spool file with a placeholder tag, which {@link #commit()} copies into the target with the tag
 * decided, cutting it into shards if asked. The placeholder can only match markup: text never holds a raw {@code <}.
 */
public final class TmxWriter implements PairWriter {
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** Trados truncates segments at this length, so longer ones are flagged. */
  static final int LONG_SEGMENT = 2000;

  private static final String PENDING_TAG = "zh-x-bitext-pending";

  private final Path target;
  private final AtomicFile spool;
  private final XMLStreamWriter xml;
  private final TmxSettings settings;
  private final ScriptTally scripts = new ScriptTally();

  public TmxWriter(Path target, TmxSettings settings) throws IOException {
    this.settings = settings;
    this.target = target;
    // Never committed: only its temporary file, .NAME.spool, is used.
    this.spool = new AtomicFile(target, ".spool");
    XMLOutputFactory factory = new WstxOutputFactory();
    factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    try {
      this.xml = factory.createXMLStreamWriter(spool.stream(), "UTF-8");
      writeHeader();
    } catch (XMLStreamException e) {
      spool.close();
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
    xml.writeAttribute("creationtoolversion", Version.CURRENT);
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "bitext");
    xml.writeAttribute("adminlang", "en-US");
    xml.writeAttribute("srclang", settings.chineseIsSource() ? PENDING_TAG : settings.englishTag());
    xml.writeAttribute("datatype", "plaintext");
    xml.writeCharacters("\n  ");
    xml.writeStartElement("body");
  }

  @Override
  public void write(Pair pair) throws IOException {
    write(pair, Map.of());
  }

  /** The pair with further properties, each written as {@code x-NAME} after the usual ones, in the map's order. */
  @Override
  public void write(Pair pair, Map<String, String> properties) throws IOException {
    String english = XmlText.legal(pair.english());
    String chinese = XmlText.legal(pair.chinese());
    String tuid = UnitId.of(pair.provenance().article(), english, chinese);
    scripts.add(pair.provenance().script());
    try {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("tu");
      xml.writeAttribute("tuid", tuid);
      if (settings.unitCreationId().isPresent()) {
        xml.writeAttribute("creationid", XmlText.legal(settings.unitCreationId().get()));
      }
      writeProperties(pair, english.length() > LONG_SEGMENT || chinese.length() > LONG_SEGMENT);
      for (Map.Entry<String, String> extra : properties.entrySet()) {
        property(settings.profile().propertyType("x-" + extra.getKey(), TEXT), extra.getValue());
      }
      // Context is of the source segment, in the source language: the tools compare it with the source
      // segments around the one being translated.
      Context.Around source = pair.context().side(settings.chineseIsSource());
      Optional<TmxProfile.ContextTypes> context = settings.profile().contextTypes();
      Optional<TmxProfile.ContextTypes> inUnit = context.filter(types -> types.place() == UNIT);
      Optional<TmxProfile.ContextTypes> inSource = context.filter(types -> types.place() == SOURCE_VARIANT);
      if (inUnit.isPresent()) {
        property(inUnit.get().before(), source.before());
        property(inUnit.get().after(), source.after());
      }
      if (settings.chineseIsSource()) {
        writeVariant(PENDING_TAG, chinese, inSource, source);
        writeVariant(settings.englishTag(), english, Optional.empty(), source);
      } else {
        writeVariant(settings.englishTag(), english, inSource, source);
        writeVariant(PENDING_TAG, chinese, Optional.empty(), source);
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write TMX unit: " + e.getMessage(), e);
    }
  }

  private void writeProperties(Pair pair, boolean longSegment) throws XMLStreamException {
    Provenance from = pair.provenance();
    TmxProfile tool = settings.profile();
    property(tool.propertyType("x-kind", PICKLIST), pair.kind().label());
    property(tool.propertyType("x-score", NUMBER), tool.score(pair.score()));
    property(tool.propertyType("x-article", TEXT), from.article());
    property(tool.propertyType("x-section", TEXT), from.section());
    property(tool.propertyType("x-speaker", TEXT), from.speaker());
    property(tool.propertyType("x-source-url", TEXT), from.sourceUrl());
    property(tool.propertyType("x-pattern", PICKLIST), from.pattern().label());
    if (longSegment) {
      property(tool.propertyType("x-long-segment", TEXT), "over " + LONG_SEGMENT + " characters");
    }
  }

  private void property(String type, String value) throws XMLStreamException {
    if (!XmlText.legal(value).isEmpty()) {
      xml.writeCharacters("\n      ");
      inlineProperty(type, value);
    }
  }

  /** A prop where the writer stands, unless its value is empty. */
  private void inlineProperty(String type, String value) throws XMLStreamException {
    String text = XmlText.legal(value);
    if (text.isEmpty()) {
      return;
    }
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** A {@code tuv} on one line, first the segments {@code around} it as props of {@code context} types, if any. */
  private void writeVariant(String language, String segment, Optional<TmxProfile.ContextTypes> context,
      Context.Around around) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", XML_NS, "lang", language);
    if (context.isPresent()) {
      inlineProperty(context.get().before(), around.before());
      inlineProperty(context.get().after(), around.after());
    }
    xml.writeStartElement("seg");
    xml.writeCharacters(segment);
    xml.writeEndElement();
    xml.writeEndElement();
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
    spool.stream().write('\n');
    spool.stream().flush();
    String tag = settings.chineseTag(scripts.majority());
    try (BufferedReader lines = Files.newBufferedReader(spool.temporary(), StandardCharsets.UTF_8)) {
      new SpoolCopy(target, settings.shards(), compressed()).copy(lines, line -> withTag(line, tag));
    }
  }

  /** The line with the placeholder replaced by {@code tag}, in the header's srclang and a tuv's language only. */
  private static String withTag(String line, String tag) {
    String pendingLanguage = "      <tuv xml:lang=\"" + PENDING_TAG + "\">";
    if (line.startsWith("  <header ")) {
      return line.replace(" srclang=\"" + PENDING_TAG + "\"", " srclang=\"" + tag + "\"");
    }
    if (line.startsWith(pendingLanguage)) {
      return "      <tuv xml:lang=\"" + tag + "\">" + line.substring(pendingLanguage.length());
    }
    return line;
  }

  /**
   * Whether the target is named {@code .tmx.gz}. Only the final file is compressed (the spool is read back), and
   * the gzip header Java writes has no time or name in it, so the bytes stay the same from run to run.
   */
  private boolean compressed() {
    return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(OutputFormat.GZIPPED_TMX);
  }

  @Override
  public void close() throws IOException {
    spool.close();
  }
}
