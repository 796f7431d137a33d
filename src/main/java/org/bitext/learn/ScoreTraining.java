package org.bitext.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bitext.align.Feature;
import org.bitext.align.ScoreModel;
import org.bitext.run.Pipeline;
import org.bitext.source.InputException;

/**
 * Learns a {@link ScoreModel} from gold folders: their judged pairs fit a penalised logistic regression. The
 * penalty, unless given, is the one of a small grid with the least log-loss in cross-validation by article (five
 * folds): the test parts of the gold corpus never choose it.
 */
public final class ScoreTraining {
  /** The penalties cross-validation chooses among. */
  static final List<Double> PENALTIES = List.of(0.1, 0.3, 1.0, 3.0, 10.0);
  private static final int FOLDS = 5;

  private final Examples examples;
  private final Optional<Double> penalty;

  /** @param penalty the L2 penalty, or empty to choose it by cross-validation */
  public ScoreTraining(Pipeline pipeline, Optional<Double> penalty) {
    this.examples = new Examples(pipeline);
    this.penalty = penalty;
  }

  /** The model and an account of how it was learned, for the model file's comments. */
  public record Result(ScoreModel model, List<String> account) {}

  public Result train(List<Path> goldFolders) throws IOException, InputException {
    List<Example> judged = new ArrayList<>();
    for (Path folder : goldFolders) {
      judged.addAll(examples.of(folder));
    }
    if (judged.isEmpty()) {
      throw new IOException("no pair found in " + goldFolders + ": nothing to learn from");
    }
    List<double[]> features = arrays(judged);
    List<Boolean> right = verdicts(judged);
    List<String> account = new ArrayList<>();
    account.add("bitext score model: the weights of a logistic regression over the features of align/Feature.java");
    double chosen = penalty.orElseGet(() -> crossValidated(judged, account));
    LogisticRegression.Fit fit = new LogisticRegression(chosen).fit(features, right);
    Map<Feature, Double> weights = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      weights.put(feature, fit.weights()[feature.ordinal()]);
    }
    int rightCount = (int) right.stream().filter(Boolean::booleanValue).count();
    account.add("trained by: bitext train-score " + String.join(" ",
        goldFolders.stream().map(Path::toString).toList()) + penalty.map(p -> " --penalty " + p).orElse(""));
    account.add(String.format(Locale.ROOT, "%d judged pairs, %d right; L2 penalty %s; %d Newton steps; log-loss %.4f",
        judged.size(), rightCount, chosen, fit.iterations(), fit.logLoss()));
    return new Result(new ScoreModel(weights), List.copyOf(account));
  }

  /**
   * The penalty of {@link #PENALTIES} whose models, each fitted without one fold of articles, predict that fold's
   * verdicts best; each penalty's log-loss goes into the account.
   */
  private static double crossValidated(List<Example> judged, List<String> account) {
    List<String> files = judged.stream().map(example -> example.pair().file()).distinct().sorted().toList();
    double best = PENALTIES.get(0);
    double bestLoss = Double.MAX_VALUE;
    StringBuilder losses = new StringBuilder("cross-validated log-loss (5 folds by article):");
    for (double candidate : PENALTIES) {
      double loss = 0;
      for (int fold = 0; fold < FOLDS; fold++) {
        int held = fold;
        List<Example> training = judged.stream().filter(e -> files.indexOf(e.pair().file()) % FOLDS != held)
            .toList();
        List<Example> test = judged.stream().filter(e -> files.indexOf(e.pair().file()) % FOLDS == held).toList();
        if (training.isEmpty() || test.isEmpty()) {
          continue;
        }
        double[] weights = new LogisticRegression(candidate).fit(arrays(training), verdicts(training)).weights();
        loss += LogisticRegression.logLoss(weights, arrays(test), verdicts(test)) * test.size();
      }
      loss /= judged.size();
      losses.append(String.format(Locale.ROOT, " %s: %.4f", candidate, loss));
      if (loss < bestLoss) {
        best = candidate;
        bestLoss = loss;
      }
    }
    account.add(losses.toString());
    return best;
  }

  private static List<double[]> arrays(List<Example> examples) {
    return examples.stream().map(example -> example.features().toArray()).toList();
  }

  private static List<Boolean> verdicts(List<Example> examples) {
    return examples.stream().map(Example::right).toList();
  }
}
