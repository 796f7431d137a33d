package org.bitext.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
  @Test
  void trainingOnTheDesignPartGivesTheBundledModel() throws Exception {
    List<Path> designData = List.of(Path.of("src/test/resources/gold/design"), Path.of("src/test/resources/dev"));
    ScoreTraining.Result result = new ScoreTraining(new Pipeline(TestSegmenter.coreNlp(), TestLexicon.get()),
        Optional.empty()).train(designData);
    StringWriter written = new StringWriter();
    result.model().write(result.account(), written);
    String bundled = Files.readString(Path.of("src/main/resources/org/bitext/align/score-model.tsv"),
        StandardCharsets.UTF_8);
    assertThat(written.toString()).as("retrain: bitext train-score src/test/resources/gold/design "
        + "src/test/resources/dev -o "
        + "src/main/resources/org/bitext/align/score-model.tsv").isEqualTo(bundled);
  }
}
