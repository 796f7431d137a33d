package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.run.AlignOptions;
import org.bitext.run.AlignRun;
import org.bitext.run.RunSummary;
import org.bitext.source.Bzip2Decoder;
import org.bitext.testing.CharacterSegmenter;
import org.bitext.testing.TestFiles;
import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code --format hf}: a dataset folder with the JSONL pairs and a card whose YAML Hugging Face reads. */
class HfDatasetTest {
  @TempDir
  Path folder;

  private RunSummary align(Path output, OutputFormat format) throws Exception {
    AlignOptions options = new AlignOptions(List.of(TestFiles.resource("dev")), output, true, format,
        new PairFilter(0.5, 1, Integer.MAX_VALUE, 0, Double.MAX_VALUE), TmxSettings.defaults(), 1,
        Optional.empty(), true, Bzip2Decoder.fastest());
    return new AlignRun(options, new LazyWordSegmenter(CharacterSegmenter::new), TestLexicon.get(),
        new PrintWriter(new StringWriter())).run();
  }

  @Test
  void writesTheJsonlPairsAndACardWithYamlCountsAndTheDropReport() throws Exception {
    Path dataset = folder.resolve("dataset");
    RunSummary summary = align(dataset, OutputFormat.HF);
    Path jsonl = folder.resolve("same.jsonl");
    align(jsonl, OutputFormat.JSONL);
    Path data = dataset.resolve("data/train.jsonl");
    assertThat(Files.readAllBytes(data)).isEqualTo(Files.readAllBytes(jsonl));
    List<String> lines = Files.readAllLines(data);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("translation").fieldNames()).toIterable().containsExactly("en", "zh");

    String card = Files.readString(dataset.resolve("README.md"));
    assertThat(card).startsWith("---\n");
    String yaml = card.substring(4, card.indexOf("\n---\n", 4));
    Map<String, Object> meta = new Yaml().load(yaml);
    assertThat(meta.get("language")).isEqualTo(List.of("en", "zh"));
    assertThat(meta.get("license")).isEqualTo("cc-by-sa-4.0");
    assertThat(meta.get("task_categories")).isEqualTo(List.of("translation"));
    assertThat(meta.get("size_categories")).isEqualTo(List.of("n<1K"));
    @SuppressWarnings("unchecked")
    Map<String, Object> config = ((List<Map<String, Object>>) meta.get("configs")).get(0);
    assertThat(config.get("config_name")).isEqualTo("default");
    assertThat(config.get("data_files")).isEqualTo(List.of(Map.of("split", "train", "path", "data/train.jsonl")));
    @SuppressWarnings("unchecked")
    Map<String, Object> info = (Map<String, Object>) meta.get("dataset_info");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> features = (List<Map<String, Object>>) info.get("features");
    assertThat(features.get(0)).isEqualTo(Map.of("name", "translation",
        "dtype", Map.of("translation", Map.of("languages", List.of("en", "zh")))));
    assertThat(features).extracting(f -> f.get("name")).containsExactly("translation", "score", "kind", "article",
        "section", "speaker", "source_url", "pattern", "tuid");
    assertThat(info.get("splits")).isEqualTo(List.of(Map.of("name", "train", "num_examples", lines.size())));

    assertThat(card).contains("| sentence | " + summary.sentencePairs() + " |", "| term | " + summary.termPairs()
        + " |", "| all | " + lines.size() + " |");
    assertThat(card).contains("| `--min-score` | " + summary.drops().filtered(FilterRule.MIN_SCORE) + " |",
        "| duplicates | " + summary.duplicates() + " |");
    assertThat(summary.drops().filtered(FilterRule.MIN_SCORE)).isPositive();
    assertThat(card).contains("`--min-score 0.5 ", "on `dev`", "CC BY-SA 4.0", "contains text from Wikipedia");
    long scored = card.lines().filter(line -> line.matches("\\| 0\\.\\d-\\d\\.\\d \\| \\d+ \\|"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D+$", "").replaceAll(".* ", ""))).sum();
    assertThat(scored).isEqualTo(lines.size());
    assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void sizeCategoriesAreHuggingFacesNames() {
    assertThat(HfDatasetWriter.sizeCategory(999)).isEqualTo("n<1K");
    assertThat(HfDatasetWriter.sizeCategory(1000)).isEqualTo("1K<n<10K");
    assertThat(HfDatasetWriter.sizeCategory(250_000)).isEqualTo("100K<n<1M");
  }
}
