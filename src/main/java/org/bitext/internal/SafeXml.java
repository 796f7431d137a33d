package org.bitext.internal;

import com.ctc.wstx.stax.WstxInputFactory;
import java.util.OptionalInt;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;

/** Reading XML that may be hostile: no DTD is read and no external entity resolved, whatever the file declares. */
public final class SafeXml {
  private SafeXml() {}

  /** A Woodstox input factory that never touches the file system or the network on a document's behalf. */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // Lazy parsing reports a bad byte from getText() as an unchecked exception; eager parsing reports it from
    // next() as an XMLStreamException, which every reader handles. (Found by TmxReaderFuzzTest.)
    factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    return factory;
  }

  /** The line of a parse error, or -1 when the parser does not say. */
  public static int line(XMLStreamException e) {
    return e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
  }

  /** The first line of a parse error's message: Woodstox appends the location on further lines. */
  public static String message(XMLStreamException e) {
    String text = e.getMessage() == null ? "" : e.getMessage().strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /**
   * The first character of {@code text} that XML 1.0 forbids, if any. The parser lets some through in UTF-16
   * input (U+FFFF), so what reads or checks text looks again.
   */
  public static OptionalInt forbiddenCharacter(String text) {
    return text.codePoints().filter(c -> !isXmlCharacter(c)).findFirst();
  }

  private static boolean isXmlCharacter(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** How a forbidden character is named in messages. */
  public static String forbiddenCharacterMessage(int c) {
    return String.format("character U+%04X is not allowed in XML", c);
  }
}
