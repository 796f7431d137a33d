package org.bitext.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bitext.internal.SafeXml;

/**
 * Streams the units of a TMX file, whatever tool wrote it: any encoding the XML declaration or a BOM names, character
 * references, Level 2 inline codes (their native code is left out of the text). Hardened: no DTD is read and no
 * external entity is resolved, so a hostile file cannot reach the file system or the network.
 */
public final class TmxReader {
  /** Inline elements whose content is native code, not text. */
  private static final Set<String> CODE_ELEMENTS = Set.of("bpt", "ept", "ph", "it", "ut");

  private final XMLInputFactory factory = SafeXml.inputFactory();

  /** Reads every unit of {@code tmx}, in order. */
  public void read(Path tmx, Consumer<TmxUnit> units) throws IOException, TmxException {
    try (InputStream in = Files.newInputStream(tmx)) {
      read(in, units);
    }
  }

  /** Reads every unit of a TMX document, in order. */
  public void read(InputStream in, Consumer<TmxUnit> units) throws TmxException {
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tu")) {
            units.accept(readUnit(xml));
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new TmxException(SafeXml.line(e), SafeXml.message(e), e);
    }
  }

  private TmxUnit readUnit(XMLStreamReader xml) throws XMLStreamException, TmxException {
    int line = xml.getLocation().getLineNumber();
    String tuid = attribute(xml, null, "tuid");
    Map<String, String> properties = new LinkedHashMap<>();
    List<TmxUnit.Variant> variants = new ArrayList<>();
    String language = "";
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "prop":
          String type = attribute(xml, null, "type");
          properties.putIfAbsent(type, checked(xml.getElementText(), xml));
          break;
        case "tuv":
          language = attribute(xml, XMLConstants.XML_NS_URI, "lang");
          if (language.isEmpty()) {
            language = attribute(xml, null, "lang");
          }
          break;
        case "seg":
          variants.add(new TmxUnit.Variant(language, segmentText(xml)));
          break;
        default:
          break;
      }
    }
    return new TmxUnit(tuid, properties, variants, line);
  }

  /** The text of a {@code seg}, without the native code inside inline elements. */
  private static String segmentText(XMLStreamReader xml) throws XMLStreamException, TmxException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int codeDepth = 0;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (codeDepth > 0 || CODE_ELEMENTS.contains(xml.getLocalName())) {
          codeDepth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (codeDepth > 0) {
          codeDepth--;
        }
      } else if (codeDepth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        text.append(xmlCharacters(xml));
      }
    }
    return text.toString();
  }

  /** The current text event's characters, refused when XML forbids one of them. */
  private static String xmlCharacters(XMLStreamReader xml) throws TmxException {
    return checked(xml.getText(), xml);
  }

  private static String checked(String text, XMLStreamReader xml) throws TmxException {
    OptionalInt forbidden = SafeXml.forbiddenCharacter(text);
    if (forbidden.isPresent()) {
      throw new TmxException(xml.getLocation().getLineNumber(),
          SafeXml.forbiddenCharacterMessage(forbidden.getAsInt()), null);
    }
    return text;
  }

  private static String attribute(XMLStreamReader xml, String namespace, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      boolean sameNamespace = namespace == null
          ? xml.getAttributeNamespace(i) == null || xml.getAttributeNamespace(i).isEmpty()
          : namespace.equals(xml.getAttributeNamespace(i));
      if (sameNamespace && xml.getAttributeLocalName(i).equals(name)) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }
}
