package org.bitext.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.bitext.internal.SafeXml;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationException;
import org.codehaus.stax2.validation.XMLValidationSchema;
import org.codehaus.stax2.validation.XMLValidationSchemaFactory;

/**
 * Checks a TMX file against the TMX 1.4 DTD (bundled; whatever the file declares is neither read nor fetched) and
 * against what the DTD cannot say: {@code srclang} naming a {@code tuv} of every unit, well-formed
 * language tags, dates in {@code YYYYMMDDThhmmssZ}. Characters XML forbids stop the parser, and are reported with
 * their line. Streams, so files of any size are checked in constant memory.
 */
public final class TmxValidator {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
  private static final Pattern DATE = Pattern.compile("\\d{8}T\\d{6}Z");
  private static final Set<String> DATE_ATTRIBUTES = Set.of("creationdate", "changedate", "lastusagedate");

  private final XMLValidationSchema dtd;

  public TmxValidator() {
    URL resource = TmxValidator.class.getResource("/org/bitext/tmx14.dtd");
    try {
      dtd = XMLValidationSchemaFactory.newInstance(XMLValidationSchema.SCHEMA_ID_DTD).createSchema(resource);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the bundled TMX 1.4 DTD cannot be read", e);
    }
  }

  /** Every problem of the file, in order; empty when it is valid. */
  public List<TmxProblem> validate(Path tmx) throws IOException {
    List<TmxProblem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tmx)) {
      XMLStreamReader2 xml = (XMLStreamReader2) SafeXml.inputFactory().createXMLStreamReader(in);
      xml.setValidationProblemHandler(problem -> problems.add(new TmxProblem(
          problem.getLocation() == null ? -1 : problem.getLocation().getLineNumber(), problem.getMessage())));
      xml.validateAgainst(dtd);
      new Rules(xml, problems).check();
      xml.close();
    } catch (XMLValidationException e) {
      problems.add(new TmxProblem(SafeXml.line(e), SafeXml.message(e)));
    } catch (XMLStreamException e) {
      problems.add(new TmxProblem(SafeXml.line(e), "not well-formed XML: " + SafeXml.message(e)));
    }
    return problems;
  }

  /** The checks beyond the DTD, made while the file streams past. */
  private static final class Rules {
    private final XMLStreamReader2 xml;
    private final List<TmxProblem> problems;
    private String sourceLanguage = "";
    private String unitSourceLanguage = "";
    private final Set<String> unitLanguages = new HashSet<>();
    private int unitLine;

    Rules(XMLStreamReader2 xml, List<TmxProblem> problems) {
      this.xml = xml;
      this.problems = problems;
    }

    void check() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(xml.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
          endUnit();
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          SafeXml.forbiddenCharacter(xml.getText())
              .ifPresent(c -> report(SafeXml.forbiddenCharacterMessage(c)));
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          report("entity &" + xml.getLocalName() + "; is not defined by TMX (it was not expanded)");
        }
      }
    }

    private void start(String element) {
      checkDates();
      switch (element) {
        case "header":
          sourceLanguage = attribute(null, "srclang");
          checkTag("srclang", sourceLanguage, true);
          checkTag("adminlang", attribute(null, "adminlang"), false);
          break;
        case "tu":
          unitLine = line();
          unitLanguages.clear();
          unitSourceLanguage = attribute(null, "srclang");
          checkTag("srclang", unitSourceLanguage, true);
          break;
        case "tuv":
          String language = attribute(XMLConstants.XML_NS_URI, "lang");
          checkTag("xml:lang", language, false);
          unitLanguages.add(language.toLowerCase(Locale.ROOT));
          break;
        default:
          break;
      }
    }

    private void endUnit() {
      String source = unitSourceLanguage.isEmpty() ? sourceLanguage : unitSourceLanguage;
      if (!source.isEmpty() && !source.equals("*all*") && !unitLanguages.contains(source.toLowerCase(Locale.ROOT))) {
        problems.add(new TmxProblem(unitLine, "srclang \"" + source + "\" names no tuv of this tu (it has "
            + String.join(", ", new java.util.TreeSet<>(unitLanguages)) + ")"));
      }
    }

    private void checkTag(String name, String value, boolean allowAll) {
      if (!value.isEmpty() && !(allowAll && value.equals("*all*")) && !LANGUAGE_TAG.matcher(value).matches()) {
        report(name + " \"" + value + "\" is not a language tag");
      }
    }

    private void checkDates() {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String name = xml.getAttributeLocalName(i);
        if (DATE_ATTRIBUTES.contains(name) && !DATE.matcher(xml.getAttributeValue(i)).matches()) {
          report(name + " \"" + xml.getAttributeValue(i) + "\" is not in the form YYYYMMDDThhmmssZ");
        }
      }
    }

    private String attribute(String namespace, String name) {
      String value = xml.getAttributeValue(namespace == null ? "" : namespace, name);
      return value == null ? "" : value;
    }

    private int line() {
      return xml.getLocation().getLineNumber();
    }

    private void report(String message) {
      problems.add(new TmxProblem(line(), message));
    }
  }
}
