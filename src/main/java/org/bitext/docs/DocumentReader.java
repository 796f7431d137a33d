package org.bitext.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.bitext.clean.CleanText;
import org.bitext.clean.Cleaner;
import org.bitext.clean.MarkdownCleaner;
import org.bitext.clean.PlainTextCleaner;
import org.bitext.clean.WikitextCleaner;
import org.bitext.segment.Sentence;
import org.bitext.segment.SentenceSplitter;
import org.bitext.source.InputException;
import org.bitext.source.TextDecoder;

/**
 * Reads one side of a document pair into sentences: the file decoded strictly (UTF-8, or what a byte-order mark
 * says), read by its kind (.docx by Apache POI, HTML by jsoup, Markdown and wikitext by bitext's cleaners, the rest
 * as plain text), cut into paragraphs and those into sentences, the Chinese by bitext's splitter, the English by
 * CoreNLP's (loaded on first use). With splitting off, every non-blank line is a sentence.
 */
public final class DocumentReader {
  /** A sentence longer than this is cut (at a comma or space where one is near): nothing translates it whole. */
  static final int LONGEST_SENTENCE = 2000;

  private final boolean split;
  private EnglishSentenceSplitter english;

  public DocumentReader(boolean split) {
    this.split = split;
  }

  /** The file's sentences; {@code warnings} hears of what was cut. */
  public Document read(Path file, Language language, Consumer<String> warnings) throws InputException {
    List<DocumentSentence> sentences = split ? sentences(paragraphs(file), language) : LineSentences.of(decode(file));
    List<DocumentSentence> bounded = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      DocumentSentence sentence = sentences.get(k);
      if (sentence.text().length() <= LONGEST_SENTENCE) {
        bounded.add(sentence);
        continue;
      }
      if (!split) {
        warnings.accept(file + ": line " + (k + 1) + " (non-blank) has " + sentence.text().length()
            + " characters; only its first " + LexicalSimilarity.COMPARED_CHARS + " are compared");
        bounded.add(sentence);
        continue;
      }
      List<String> pieces = LongSentences.cut(sentence.text(), LONGEST_SENTENCE);
      warnings.accept(file + ": sentence " + (k + 1) + " has " + sentence.text().length()
          + " characters; cut into " + pieces.size() + " pieces");
      pieces.forEach(piece -> bounded.add(new DocumentSentence(piece, sentence.paragraph())));
    }
    return new Document(file.toString(), bounded);
  }

  private static String decode(Path file) throws InputException {
    return TextDecoder.decode(bytes(file));
  }

  private static byte[] bytes(Path file) throws InputException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage(), e);
    }
  }

  /** The file's paragraphs, by its kind: .docx and HTML by their readers, the rest through bitext's cleaners. */
  private static List<String> paragraphs(Path file) throws InputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      return DocxParagraphs.of(bytes(file));
    }
    String text = decode(file);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HtmlParagraphs.of(text);
    }
    return Paragraphs.of(clean(name, text), text);
  }

  private static CleanText clean(String name, String text) {
    Cleaner cleaner;
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      cleaner = new MarkdownCleaner();
    } else if (name.endsWith(".wiki") || name.endsWith(".wikitext") || name.endsWith(".mediawiki")) {
      cleaner = new WikitextCleaner();
    } else {
      cleaner = new PlainTextCleaner();
    }
    return cleaner.clean(text);
  }

  private List<DocumentSentence> sentences(List<String> paragraphs, Language language) {
    List<DocumentSentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String sentence : splitParagraph(paragraphs.get(p), language)) {
        sentences.add(new DocumentSentence(sentence, p));
      }
    }
    return sentences;
  }

  private List<String> splitParagraph(String paragraph, Language language) {
    if (language == Language.ENGLISH) {
      if (english == null) {
        english = new EnglishSentenceSplitter();
      }
      return english.split(paragraph);
    }
    CleanText clean = new PlainTextCleaner().clean(paragraph);
    List<String> sentences = new ArrayList<>();
    for (Sentence sentence : new SentenceSplitter().split(clean)) {
      sentences.add(clean.slice(sentence.span().start(), sentence.span().end()).strip());
    }
    return sentences;
  }
}
