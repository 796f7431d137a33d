package org.bitext.run;

import java.util.List;
import org.bitext.align.Aligner;
import org.bitext.align.Decision;
import org.bitext.align.WordSegmenter;
import org.bitext.clean.CleanText;
import org.bitext.clean.Cleaner;
import org.bitext.docs.DocumentLineUp;
import org.bitext.find.Candidate;
import org.bitext.find.CandidateFinder;
import org.bitext.lexicon.Lexicon;
import org.bitext.segment.Sentence;
import org.bitext.segment.SentenceSplitter;
import org.bitext.source.Article;

/** The extraction chain for one article, in order: clean → segment → find → align. Thread-safe. */
public final class Pipeline {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final CandidateFinder finder;
  private final Aligner aligner;

  public Pipeline(WordSegmenter segmenter, Lexicon lexicon) {
    this(new Aligner(segmenter, lexicon), lexicon);
  }

  private Pipeline(Aligner aligner, Lexicon lexicon) {
    this.finder = new CandidateFinder(new DocumentLineUp(lexicon));
    this.aligner = aligner;
  }

  /** A pipeline whose decisions also hold the spans not chosen, each scored ({@code inspect}). */
  public static Pipeline weighingRunnersUp(WordSegmenter segmenter, Lexicon lexicon) {
    return new Pipeline(Aligner.weighingRunnersUp(segmenter, lexicon), lexicon);
  }

  public Extraction extract(Article article) {
    // Markup goes first: a 。 inside a <ref> or template must not end a sentence.
    CleanText clean = Cleaner.forFormat(article.format()).clean(article.text());
    // Sentences scope the finder: a quotation and the clause that reports it never cross a sentence.
    List<Sentence> sentences = splitter.split(clean);
    List<Candidate> candidates = finder.find(clean, sentences);
    List<Decision> decisions = aligner.align(article, clean, sentences, candidates);
    return new Extraction(article, clean, decisions);
  }
}
