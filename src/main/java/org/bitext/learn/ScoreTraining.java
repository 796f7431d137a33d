package org.bitext.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bitext.align.Feature;
import org.bitext.align.ScoreModel;
import org.bitext.run.Pipeline;
import org.bitext.source.InputException;

/** Learns a {@link ScoreModel} from gold folders: their judged pairs fit a penalised logistic regression. */
public final class ScoreTraining {
  /** The L2 penalty: enough to keep rare features (a pattern seen a dozen times) from deciding alone. */
  public static final double DEFAULT_PENALTY = 1.0;

  private final Examples examples;
  private final double penalty;

  public ScoreTraining(Pipeline pipeline, double penalty) {
    this.examples = new Examples(pipeline);
    this.penalty = penalty;
  }

  /**
   * The model and an account of how it was learned, for the model file's comments.
   *
   * @param examples the judged pairs learned from
   * @param right how many of them the gold calls right
   */
  public record Result(ScoreModel model, int examples, int right, int iterations, double logLoss,
      List<String> account) {}

  public Result train(List<Path> goldFolders) throws IOException, InputException {
    List<Example> judged = new ArrayList<>();
    for (Path folder : goldFolders) {
      judged.addAll(examples.of(folder));
    }
    if (judged.isEmpty()) {
      throw new IOException("no pair found in " + goldFolders + ": nothing to learn from");
    }
    List<double[]> features = judged.stream().map(example -> example.features().toArray()).toList();
    List<Boolean> right = judged.stream().map(Example::right).toList();
    LogisticRegression.Fit fit = new LogisticRegression(penalty).fit(features, right);
    Map<Feature, Double> weights = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      weights.put(feature, fit.weights()[feature.ordinal()]);
    }
    int rightCount = (int) right.stream().filter(Boolean::booleanValue).count();
    List<String> account = List.of(
        "bitext score model: the weights of a logistic regression over the features of align/Feature.java",
        "trained by: bitext train-score " + String.join(" ", goldFolders.stream().map(Path::toString).toList())
            + String.format(Locale.ROOT, " --penalty %s", penalty),
        String.format(Locale.ROOT, "%d judged pairs, %d right; L2 penalty %s; %d Newton steps; log-loss %.4f",
            judged.size(), rightCount, penalty, fit.iterations(), fit.logLoss()));
    return new Result(new ScoreModel(weights), judged.size(), rightCount, fit.iterations(), fit.logLoss(),
        account);
  }
}
