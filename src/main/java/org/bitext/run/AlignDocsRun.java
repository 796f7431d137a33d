package org.bitext.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bitext.align.Context;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.align.Provenance;
import org.bitext.common.Span;
import org.bitext.corpus.DatasetOrigin;
import org.bitext.corpus.DropReport;
import org.bitext.corpus.FilterRule;
import org.bitext.corpus.HfDatasetWriter;
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;
import org.bitext.docs.Alignment;
import org.bitext.docs.AlignmentQuality;
import org.bitext.docs.Bead;
import org.bitext.docs.Document;
import org.bitext.docs.DocumentAligner;
import org.bitext.docs.DocumentReader;
import org.bitext.docs.DocumentSentence;
import org.bitext.docs.Ladder;
import org.bitext.docs.Language;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.InputException;

/**
 * Runs {@code align-docs}: each pair read, aligned, checked and written, one after the other. A pair that cannot be
 * used (a side unreadable or empty, two texts that do not translate each other) is named on stderr with the reason
 * and nothing is written for it; the run goes on with the rest.
 */
public final class AlignDocsRun {
  /** How many weak stretches of one pair are listed; the rest are counted. */
  private static final int LISTED_STRETCHES = 5;

  private final DocsOptions options;
  private final Lexicon lexicon;
  private final DocumentAligner aligner;
  private final PrintWriter err;

  public AlignDocsRun(DocsOptions options, Lexicon lexicon, DocumentAligner aligner, PrintWriter err) {
    this.options = options;
    this.lexicon = lexicon;
    this.aligner = aligner;
    this.err = err;
  }

  /** The outcome of the run, for the exit code. */
  public enum Outcome {
    ALL_WRITTEN,
    SOME_SKIPPED,
    NOTHING_WRITTEN
  }

  public Outcome run() throws IOException {
    long start = System.nanoTime();
    DocumentReader reader = new DocumentReader(options.split());
    Map<String, Integer> shapes = new TreeMap<>();
    int written = 0;
    int skipped = 0;
    for (DocumentPair pair : options.pairs()) {
      try {
        List<Bead> beads = alignPair(pair, reader);
        beads.forEach(bead -> shapes.merge(bead.shape(), 1, Integer::sum));
        written++;
      } catch (InputException e) {
        err.println("bitext: skipped " + pair.name() + ": " + e.getMessage());
        skipped++;
      }
    }
    err.printf(Locale.ROOT, "bitext: %d pair(s) aligned, %d skipped; beads %s; written to %s; %.1f s%n", written,
        skipped, shapes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")), options.output(), (System.nanoTime() - start) / 1e9);
    err.flush();
    if (written == 0) {
      return Outcome.NOTHING_WRITTEN;
    }
    return skipped == 0 ? Outcome.ALL_WRITTEN : Outcome.SOME_SKIPPED;
  }

  private List<Bead> alignPair(DocumentPair pair, DocumentReader reader) throws InputException, IOException {
    Document zh = read(reader, pair.chinese(), Language.CHINESE);
    Document en = read(reader, pair.english(), Language.ENGLISH);
    warnOnLengths(zh, en);
    Alignment alignment = aligner.alignChecked(zh.sentences(), en.sentences());
    List<Bead> beads = alignment.beads();
    if (!alignment.related()) {
      throw new InputException(String.format(Locale.ROOT, "%s and %s do not look like a text and its translation "
          + "(aligned sentences score %.1f times what sentences paired at random do; a translation scores over "
          + "%.1f); nothing written", pair.chinese(), pair.english(), alignment.contrast(), Alignment.RELATED));
    }
    err.printf(Locale.ROOT, "bitext: %s: %d and %d sentences, %d beads; aligned sentences score %.1f times what "
        + "sentences paired at random do%n", pair.name(), zh.sentences().size(), en.sentences().size(), beads.size(),
        alignment.contrast());
    AlignmentQuality quality = AlignmentQuality.of(beads);
    reportWeakStretches(pair, quality);
    write(pair, zh, en, beads, options.targetOf(pair));
    return beads;
  }

  private Document read(DocumentReader reader, Path file, Language language) throws InputException {
    Document document;
    try {
      document = reader.read(file, language, warning -> err.println("bitext: warning: " + warning));
    } catch (InputException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    if (document.sentences().isEmpty()) {
      throw new InputException(file + ": no sentences (the file holds no text)");
    }
    return document;
  }

  /** Translations run 1 to 10 English characters per Chinese one; far outside that, the pairing may be wrong. */
  private void warnOnLengths(Document zh, Document en) {
    long zhChars = zh.sentences().stream().mapToLong(s -> s.text().length()).sum();
    long enChars = en.sentences().stream().mapToLong(s -> s.text().length()).sum();
    double ratio = (double) enChars / Math.max(1, zhChars);
    if (ratio < 1 || ratio > 10) {
      err.printf(Locale.ROOT, "bitext: warning: %s has %d characters and %s %d (%.1f English per Chinese, "
          + "usually 3 to 4): a part may be missing%n", zh.name(), zhChars, en.name(), enChars, ratio);
    }
  }

  private void reportWeakStretches(DocumentPair pair, AlignmentQuality quality) {
    List<AlignmentQuality.Stretch> stretches = quality.weakStretches();
    for (AlignmentQuality.Stretch stretch : stretches.subList(0, Math.min(LISTED_STRETCHES, stretches.size()))) {
      err.printf(Locale.ROOT, "bitext: %s: review Chinese sentences %d-%d and English %d-%d (%d weak beads)%n",
          pair.name(), stretch.zhStart() + 1, stretch.zhEnd(), stretch.enStart() + 1, stretch.enEnd(),
          stretch.beads());
    }
    if (stretches.size() > LISTED_STRETCHES) {
      err.printf("bitext: %s: %d more weak stretches%n", pair.name(), stretches.size() - LISTED_STRETCHES);
    }
  }

  private void write(DocumentPair pair, Document zh, Document en, List<Bead> beads, Path target)
      throws IOException {
    if (options.format().corpus().isEmpty()) {
      Ladder.write(beads, target);
      return;
    }
    DropReport dropped = DropReport.NONE;
    try (PairWriter writer = PairWriters.open(options.format().corpus().get(), target, options.tmx(),
        options.layout())) {
      for (int i = 0; i < beads.size(); i++) {
        Bead bead = beads.get(i);
        if (bead.hasEmptySide()) {
          continue;
        }
        if (bead.score() >= options.minScore()) {
          writer.write(pairOf(pair, zh, en, bead, contextOf(zh, en, beads, i)), properties(pair, zh, en, bead));
        } else {
          dropped = dropped.plusFiltered(FilterRule.MIN_SCORE);
        }
      }
      if (writer instanceof HfDatasetWriter dataset) {
        dataset.describe(dropped, String.format(Locale.ROOT, "`--min-score %s` on `%s` and `%s`",
            options.minScore(), pair.chinese().getFileName(), pair.english().getFileName()),
            DatasetOrigin.ALIGNED_DOCUMENTS);
      }
      writer.commit();
    }
    err.printf(Locale.ROOT, "bitext: %s: left out %d bead(s) by --min-score%n", pair.name(),
        dropped.filtered(FilterRule.MIN_SCORE));
  }

  private Pair pairOf(DocumentPair pair, Document zh, Document en, Bead bead, Context context) {
    String chinese = chineseOf(zh, bead);
    String english = englishOf(en, bead);
    Provenance provenance = new Provenance(pair.name(), pair.chinese().toString(), "", "", "",
        FindPattern.DOCUMENT_BEAD, Span.NONE, Span.NONE, lexicon.script(chinese));
    return new Pair(chinese, english, PairKind.SENTENCE, Math.round(bead.score() * 1000) / 1000.0, provenance,
        context);
  }

  /**
   * The text of the beads around bead {@code index}, on each side the nearest bead before and after it with
   * sentences on that side, whether or not those beads are written: they are the document's segments around it.
   */
  private static Context contextOf(Document zh, Document en, List<Bead> beads, int index) {
    return new Context(
        new Context.Around(nearest(beads, index, -1, zh, true), nearest(beads, index, 1, zh, true)),
        new Context.Around(nearest(beads, index, -1, en, false), nearest(beads, index, 1, en, false)));
  }

  private static String nearest(List<Bead> beads, int index, int step, Document document, boolean chinese) {
    for (int i = index + step; i >= 0 && i < beads.size(); i += step) {
      String text = chinese ? chineseOf(document, beads.get(i)) : englishOf(document, beads.get(i));
      if (!text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  private static String chineseOf(Document zh, Bead bead) {
    return join(zh.sentences().subList(bead.zhStart(), bead.zhEnd()), "");
  }

  private static String englishOf(Document en, Bead bead) {
    return join(en.sentences().subList(bead.enStart(), bead.enEnd()), " ");
  }

  /** {@code x-bead 1-2}, {@code x-document}, {@code x-paragraph} (Chinese:English, of the first sentences). */
  private static Map<String, String> properties(DocumentPair pair, Document zh, Document en, Bead bead) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("bead", bead.shape());
    properties.put("document", pair.name());
    properties.put("paragraph", zh.sentences().get(bead.zhStart()).paragraph() + ":"
        + en.sentences().get(bead.enStart()).paragraph());
    properties.put("sentences", Ladder.format(bead));
    return properties;
  }

  private static String join(List<DocumentSentence> sentences, String separator) {
    return sentences.stream().map(DocumentSentence::text).collect(Collectors.joining(separator));
  }
}
