package org.bitext.glossary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.corpus.AtomicFile;
import org.bitext.corpus.PlainText;

/** Writes a glossary in one format, atomically: nothing is under the final name until the whole file is. */
public final class GlossaryFile {
  private GlossaryFile() {}

  public static void write(Glossary glossary, Path target, GlossaryFormat format, GlossaryLanguages languages)
      throws IOException {
    List<GlossaryEntry> entries = glossary.entries();
    try (AtomicFile file = new AtomicFile(target)) {
      switch (format) {
        case TBX -> writeTbx(entries, file, languages);
        case TSV -> writeRows(entries, file, languages, false);
        case CSV -> writeRows(entries, file, languages, true);
        default -> throw new IllegalArgumentException("unknown glossary format " + format);
      }
      file.commit();
    }
  }

  private static void writeTbx(List<GlossaryEntry> entries, AtomicFile file, GlossaryLanguages languages)
      throws IOException {
    try {
      new TbxGlossaryWriter(file.stream(), languages).write(entries);
    } catch (XMLStreamException e) {
      throw new IOException("cannot start TBX: " + e.getMessage(), e);
    }
  }

  /**
   * One line a variant: source term, target term, comment (OmegaT's three columns); the CSV has a header naming the
   * languages and the count, score and articles in columns of their own. Tabs and line breaks inside a term become
   * spaces, since neither format can hold them; the CSV quotes fields as RFC 4180 says.
   */
  private static void writeRows(List<GlossaryEntry> entries, AtomicFile file, GlossaryLanguages languages,
      boolean csv) throws IOException {
    Writer out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
    if (csv) {
      row(out, true, source(languages, languages.english(), languages.chinese()),
          target(languages, languages.english(), languages.chinese()), "Note", "Count", "Score", "Articles");
    }
    for (GlossaryEntry entry : entries) {
      String articles = GlossaryNotes.articles(entry.articles());
      for (TermVariant variant : entry.variants()) {
        String english = PlainText.field(variant.english());
        String chinese = PlainText.field(entry.chinese());
        String note = GlossaryNotes.variant(variant) + (articles.isEmpty() ? "" : "; in " + articles);
        if (csv) {
          row(out, true, source(languages, english, chinese), target(languages, english, chinese),
              PlainText.field(note), Integer.toString(variant.count()), GlossaryNotes.score(variant.bestScore()),
              PlainText.field(articles));
        } else {
          row(out, false, source(languages, english, chinese), target(languages, english, chinese),
              PlainText.field(note));
        }
      }
    }
    out.flush();
  }

  private static String source(GlossaryLanguages languages, String english, String chinese) {
    return languages.chineseIsSource() ? chinese : english;
  }

  private static String target(GlossaryLanguages languages, String english, String chinese) {
    return languages.chineseIsSource() ? english : chinese;
  }

  private static void row(Writer out, boolean csv, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(csv ? ',' : '\t');
      }
      out.write(csv ? StringEscapeUtils.escapeCsv(fields[i]) : fields[i]);
    }
    out.write(csv ? "\r\n" : "\n");
  }
}
