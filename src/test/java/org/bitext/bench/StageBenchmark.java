package org.bitext.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.align.Aligner;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.Decision;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.align.Pair;
import org.bitext.clean.CleanText;
import org.bitext.clean.Cleaner;
import org.bitext.corpus.PairWriter;
import org.bitext.corpus.PairWriters;
import org.bitext.corpus.OutputFormat;
import org.bitext.corpus.TmxSettings;
import org.bitext.find.Candidate;
import org.bitext.docs.DocumentLineUp;
import org.bitext.find.CandidateFinder;
import org.bitext.lexicon.Lexicon;
import org.bitext.segment.Sentence;
import org.bitext.segment.SentenceSplitter;
import org.bitext.source.Article;
import org.bitext.source.ArticleSink;
import org.bitext.source.Diagnostic;
import org.bitext.source.DumpReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage of the pipeline on its own, one thread, over the 60 random zhwiki sample articles (the realistic
 * density of embedded English): one operation is the whole sample through that stage, given the previous stage's
 * output. Throughput in MB/s is operations a second times the sample's size as dump XML, which the set-up prints.
 * {@code bench/stage-bench.sh} runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmark {
  private byte[] dumpXml;
  private List<Article> articles;
  private List<CleanText> cleaned;
  private List<List<Sentence>> sentences;
  private List<List<Candidate>> candidates;
  private List<Pair> pairs;
  private final DumpReader dumpReader = new DumpReader();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private CandidateFinder finder;
  private Aligner aligner;
  private Path output;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    StringBuilder xml = new StringBuilder("<mediawiki>\n");
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/sample"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".wikitext")).sorted().toList()) {
        String text = Files.readString(file);
        xml.append("<page><title>").append(file.getFileName()).append("</title><ns>0</ns><revision><text>")
            .append(StringEscapeUtils.escapeXml10(text)).append("</text></revision></page>\n");
      }
    }
    dumpXml = xml.append("</mediawiki>\n").toString().getBytes(StandardCharsets.UTF_8);
    articles = parse();
    cleaned = articles.stream().map(a -> Cleaner.forFormat(a.format()).clean(a.text())).toList();
    sentences = cleaned.stream().map(splitter::split).toList();
    candidates = new ArrayList<>();
    for (int i = 0; i < cleaned.size(); i++) {
      candidates.add(finder.find(cleaned.get(i), sentences.get(i)));
    }
    Lexicon lexicon = Lexicon.load();
    finder = new CandidateFinder(new DocumentLineUp(lexicon));
    aligner = new Aligner(new LazyWordSegmenter(CoreNlpWordSegmenter::load), lexicon);
    pairs = new ArrayList<>();
    align().forEach(decisions -> decisions.forEach(decision -> {
      if (decision instanceof Decision.Accepted accepted) {
        pairs.add(accepted.pair());
      }
    }));
    output = Files.createTempFile("stage-bench", ".tmx");
    System.out.printf("%nsample: %d articles, %.3f MB of dump XML, %d pairs%n", articles.size(),
        dumpXml.length / 1e6, pairs.size());
  }

  private List<Article> parse() throws IOException {
    List<Article> parsed = new ArrayList<>();
    try {
      dumpReader.read(new ByteArrayInputStream(dumpXml), "sample", new ArticleSink() {
        @Override
        public void accept(Article article) {
          parsed.add(article);
        }

        @Override
        public void skipped(Diagnostic problem) {
          throw new IllegalStateException(problem.toString());
        }
      });
    } catch (org.bitext.source.InputException e) {
      throw new IOException(e);
    }
    return parsed;
  }

  private List<List<Decision>> align() {
    List<List<Decision>> all = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      all.add(aligner.align(articles.get(i), cleaned.get(i), sentences.get(i), candidates.get(i)));
    }
    return all;
  }

  /** XML parsing of the dump's pages (Woodstox), before any stage. */
  @Benchmark
  public List<Article> read() throws IOException {
    return parse();
  }

  @Benchmark
  public void clean(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(Cleaner.forFormat(article.format()).clean(article.text()));
    }
  }

  /** Sentence splitting. */
  @Benchmark
  public void segment(Blackhole sink) {
    for (CleanText clean : cleaned) {
      sink.consume(splitter.split(clean));
    }
  }

  @Benchmark
  public void find(Blackhole sink) {
    for (int i = 0; i < cleaned.size(); i++) {
      sink.consume(finder.find(cleaned.get(i), sentences.get(i)));
    }
  }

  /** Choosing spans (CoreNLP where markup and punctuation do not decide) and scoring. */
  @Benchmark
  public List<List<Decision>> alignAndScore() {
    return align();
  }

  /** The sample's pairs as TMX, committed to a file. */
  @Benchmark
  public void write() throws IOException {
    try (PairWriter writer = PairWriters.open(OutputFormat.TMX, output, TmxSettings.defaults())) {
      for (Pair pair : pairs) {
        writer.write(pair);
      }
      writer.commit();
    }
  }
}
