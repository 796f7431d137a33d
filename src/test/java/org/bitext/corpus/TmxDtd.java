package org.bitext.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates a TMX file against the TMX 1.4 DTD. The JDK validates only files that declare a DTD, and bitext's
 * output declares none (readers would try to fetch it), so the declaration is added in memory.
 */
final class TmxDtd {
  private TmxDtd() {}

  static List<String> errors(Path tmx) throws Exception {
    String text = Files.readString(tmx, StandardCharsets.UTF_8);
    int afterDeclaration = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
    String declared = text.substring(0, afterDeclaration) + "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
        + text.substring(afterDeclaration);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> new InputSource(dtd()));
    List<String> errors = new ArrayList<>();
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        errors.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add("fatal at line " + e.getLineNumber() + ": " + e.getMessage());
      }
    });
    builder.parse(new ByteArrayInputStream(declared.getBytes(StandardCharsets.UTF_8)));
    return errors;
  }

  private static InputStream dtd() throws IOException {
    InputStream dtd = TmxDtd.class.getResourceAsStream("/org/bitext/tmx14.dtd");
    if (dtd == null) {
      throw new IOException("tmx14.dtd is missing from the class path");
    }
    return dtd;
  }
}
