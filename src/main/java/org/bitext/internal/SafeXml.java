package org.bitext.internal;

import com.ctc.wstx.stax.WstxInputFactory;
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
}
