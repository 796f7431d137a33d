package org.bitext.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.Decision;
import org.bitext.align.Pair;
import org.bitext.corpus.Deduplicator;
import org.bitext.eval.EmittedPair;
import org.bitext.eval.Evaluation;
import org.bitext.eval.GoldPair;
import org.bitext.eval.GoldStandard;
import org.bitext.eval.Matching;
import org.bitext.run.Pipeline;
import org.bitext.source.Article;
import org.bitext.source.ArticleReader;
import org.bitext.source.InputException;
import org.bitext.source.InputFile;
import org.bitext.source.InputFiles;

/**
 * The judged pairs of a gold folder (its articles and their {@code EXPECTED.tsv}): every pair the pipeline accepts,
 * whatever its score, once each as a run writes them, judged strictly as {@code bitext eval} judges them. Pairs a
 * gold row calls optional are left out: they teach nothing.
 */
final class Examples {
  private final Pipeline pipeline;

  Examples(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  List<Example> of(Path goldFolder) throws IOException, InputException {
    List<GoldPair> gold = GoldStandard.read(goldFolder.resolve("EXPECTED.tsv"));
    InputFiles inputs = InputFiles.expand(List.of(goldFolder));
    if (!inputs.problems().isEmpty()) {
      throw new IOException("cannot read the gold folder: " + inputs.problems());
    }
    Deduplicator deduplicator = new Deduplicator();
    List<Example> examples = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    for (InputFile file : inputs.files()) {
      Article article = reader.readArticle(file);
      String name = file.relativePath().toString();
      for (Decision decision : pipeline.extract(article).decisions()) {
        if (decision instanceof Decision.Accepted accepted && deduplicator.isFirst(accepted.pair())) {
          judge(name, accepted, gold).ifPresent(examples::add);
        }
      }
    }
    return examples;
  }

  private static java.util.Optional<Example> judge(String file, Decision.Accepted accepted, List<GoldPair> gold) {
    Pair pair = accepted.pair();
    EmittedPair emitted = new EmittedPair(file, pair.kind(), pair.provenance().pattern(), pair.chinese(),
        pair.english(), pair.score());
    return switch (Evaluation.verdict(emitted, gold, Matching.STRICT)) {
      case RIGHT -> java.util.Optional.of(new Example(emitted, accepted.features(), true));
      case WRONG -> java.util.Optional.of(new Example(emitted, accepted.features(), false));
      case UNJUDGED -> java.util.Optional.empty();
    };
  }
}
