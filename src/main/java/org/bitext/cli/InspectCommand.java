package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.run.Extraction;
import org.bitext.run.Pipeline;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.Decision;
import org.bitext.align.Evidence;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.align.Pair;
import org.bitext.find.Candidate;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.ArticleSink;
import org.bitext.source.Diagnostic;
import org.bitext.source.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext inspect}: every candidate of an article, and why it became a pair or did not. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Shows how bitext read one article: each candidate found (where, by which pattern), the Chinese "
        + "span chosen and how, the evidence and the score; or why the candidate was rejected."})
final class InspectCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "An article file (wikitext, Markdown, plain text) or XML dump.")
  private Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline =
        Pipeline.weighingRunnersUp(new LazyWordSegmenter(CoreNlpWordSegmenter::load), Lexicon.load());
    int[] problems = {0};
    new ArticleReader().read(InputFile.named(file), new ArticleSink() {
      @Override
      public void accept(Article article) {
        print(pipeline.extract(article), out);
      }

      @Override
      public void skipped(Diagnostic problem) {
        spec.commandLine().getErr().println("bitext: skipped " + problem);
        problems[0]++;
      }
    });
    return problems[0] == 0 ? ExitCode.OK.code() : ExitCode.INPUTS_SKIPPED.code();
  }

  private static void print(Extraction extraction, PrintWriter out) {
    Article article = extraction.article();
    out.printf("%s (%s): %d candidate(s), %d pair(s)%n", article.title(), article.origin(),
        extraction.decisions().size(), extraction.pairs().size());
    int number = 0;
    for (Decision decision : extraction.decisions()) {
      number++;
      Candidate candidate = decision.candidate();
      out.printf("%n#%d %s  %s  %s%n", number, where(extraction, candidate), candidate.pattern().label(),
          decision instanceof Decision.Rejected rejected ? "REJECTED: " + rejected.reason() : "PAIR");
      out.printf("   found   %s%n", oneLine(candidate.english()));
      out.printf("   beside  %s%n", oneLine(extraction.clean().slice(candidate.chinese().start(),
          candidate.chinese().end())));
      if (decision instanceof Decision.Accepted accepted) {
        printPair(accepted, out);
      }
    }
    out.flush();
  }

  private static void printPair(Decision.Accepted decision, PrintWriter out) {
    Pair pair = decision.pair();
    out.printf("   en      %s%n", pair.english());
    out.printf("   zh      %s   (%s)%n", pair.chinese(), decision.spanChoice());
    out.printf(Locale.ROOT, "   %s, score %.3f; section %s; speaker %s; source %s%n", pair.kind().label(),
        pair.score(), orNone(pair.provenance().section()), orNone(pair.provenance().speaker()),
        orNone(pair.provenance().sourceUrl()));
    for (Evidence evidence : decision.evidence()) {
      out.printf(Locale.ROOT, "   %-17s %.2f × %.2f  %s%n", evidence.name(), evidence.value(), evidence.weight(),
          evidence.detail());
    }
    for (Decision.RunnerUp runnerUp : decision.runnersUp()) {
      out.printf(Locale.ROOT, "   runner-up %s   score %.3f (%s)%n", runnerUp.chinese(), runnerUp.score(),
          runnerUp.how());
    }
  }

  /** line:column of the English in the source (of the Chinese, when markup carried the English). */
  private static String where(Extraction extraction, Candidate candidate) {
    int clean = candidate.englishSpan().isNone() ? candidate.chinese().start() : candidate.englishSpan().start();
    String text = extraction.article().text();
    int offset = Math.min(extraction.clean().sourceOffset(clean), text.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ":" + (offset - lineStart + 1);
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "-" : value;
  }
}
