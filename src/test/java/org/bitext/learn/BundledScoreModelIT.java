package org.bitext.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.run.Pipeline;
import org.bitext.testing.TestLexicon;
import org.bitext.testing.TestSegmenter;
import org.junit.jupiter.api.Test;

/**
 * The score model bitext ships is the one its documented command learns from the design part of the gold corpus and
 * the dev corpus (the two the rules were designed on; the test parts never train it): training again gives
 * the committed file byte for byte. A change to the features or the pipeline must come with the model retrained.
 */
class BundledScoreModelIT {
  private static final Pattern PENALTY = Pattern.compile("(?m)^# trained by: .* --penalty ([0-9.]+)$");

  @Test
  void trainingOnTheDesignPartGivesTheBundledModel() throws Exception {
    List<Path> designData = List.of(Path.of("src/test/resources/gold/design"), Path.of("src/test/resources/dev"));
    String bundled = Files.readString(Path.of("src/main/resources/org/bitext/align/score-model.tsv"),
        StandardCharsets.UTF_8);
    ScoreTraining.Result result = new ScoreTraining(new Pipeline(TestSegmenter.coreNlp(), TestLexicon.get()),
        penaltyGiven(bundled)).train(designData);
    StringWriter written = new StringWriter();
    result.model().write(result.account(), written);
    assertThat(written.toString()).as("retrain: bitext train-score src/test/resources/gold/design "
        + "src/test/resources/dev --penalty 1.0 -o "
        + "src/main/resources/org/bitext/align/score-model.tsv").isEqualTo(bundled);
  }

  /** The penalty the file's "trained by" line gives, as the command that made it was given it. */
  private static Optional<Double> penaltyGiven(String model) {
    Matcher given = PENALTY.matcher(model);
    return given.find() ? Optional.of(Double.parseDouble(given.group(1))) : Optional.empty();
  }
}
