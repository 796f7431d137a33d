package org.bitext.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bitext.align.Pair;
import org.bitext.align.PairKind;
import org.bitext.common.Version;

/**
 * Streams pairs into a folder the Hugging Face {@code datasets} library loads as it is: {@code data/train.jsonl}
 * (one JSON object a line, the pair under {@code translation}) and a {@code README.md} dataset card whose YAML
 * declares the languages, the licence, the data files and the features, and whose text gives the counts by kind and
 * score, what the filters left out and how the data was made. Both are committed together.
 */
public final class HfDatasetWriter implements PairWriter {
  /** Where the data goes inside the dataset folder. */
  public static final String DATA_FILE = "data/train.jsonl";
  /** The lower bounds of the score bands the card counts. */
  private static final double[] BANDS = {0.9, 0.8, 0.7, 0.6, 0.5, 0};

  private final Path folder;
  private final JsonlWriter data;
  private final Map<PairKind, Integer> kinds = new EnumMap<>(PairKind.class);
  private final int[] bands = new int[BANDS.length];
  private long pairs;
  private DropReport drops = DropReport.NONE;
  private String howMade = "";
  private DatasetOrigin origin = DatasetOrigin.MINED_ARTICLES;

  HfDatasetWriter(Path folder, TmxSettings settings) throws IOException {
    this.folder = folder;
    this.data = new JsonlWriter(folder.resolve(DATA_FILE), settings);
  }

  /**
   * What the card says beyond the pairs themselves: what the filters and deduplication left out, and how the run
   * was asked for (options, inputs). Told before {@link #commit()}.
   */
  public void describe(DropReport dropped, String options, DatasetOrigin origin) {
    this.drops = Objects.requireNonNull(dropped, "dropped");
    this.howMade = Objects.requireNonNull(options, "options");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  @Override
  public void write(Pair pair) throws IOException {
    data.write(pair);
    pairs++;
    kinds.merge(pair.kind(), 1, Integer::sum);
    for (int i = 0; i < BANDS.length; i++) {
      if (pair.score() >= BANDS[i]) {
        bands[i]++;
        break;
      }
    }
  }

  @Override
  public void commit() throws IOException {
    try (AtomicFile card = new AtomicFile(folder.resolve("README.md"))) {
      Writer out = new OutputStreamWriter(card.stream(), StandardCharsets.UTF_8);
      out.write(card());
      out.flush();
      data.commit();
      card.commit();
    }
  }

  private String card() {
    StringBuilder text = new StringBuilder();
    text.append("---\n")
        .append("language:\n- en\n- zh\n")
        .append("license: ").append(origin.license()).append('\n')
        .append("task_categories:\n- translation\n")
        .append("size_categories:\n- ").append(sizeCategory(pairs)).append('\n')
        .append("pretty_name: bitext Chinese-English pairs\n")
        .append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: ")
        .append(DATA_FILE).append('\n')
        .append("dataset_info:\n  features:\n")
        .append("  - name: translation\n    dtype:\n      translation:\n")
        .append("        languages:\n        - en\n        - zh\n");
    for (String name : new String[] {"score"}) {
      text.append("  - name: ").append(name).append("\n    dtype: float64\n");
    }
    for (String name : new String[] {"kind", "article", "section", "speaker", "source_url", "pattern", "tuid"}) {
      text.append("  - name: ").append(name).append("\n    dtype: string\n");
    }
    text.append("  splits:\n  - name: train\n    num_examples: ").append(pairs).append('\n')
        .append("---\n\n")
        .append("# bitext Chinese-English pairs\n\n")
        .append(origin.description()).append(" bitext ").append(Version.CURRENT)
        .append(". One JSON object a line in `").append(DATA_FILE).append("`: `translation` (`en`, `zh`), ")
        .append("`score` (0-1), `kind` (`sentence` or `term`), `pattern` (how it was found), `tuid`, and when ")
        .append("known `article`, `section`, `speaker`, `source_url`.\n\n")
        .append("## Counts\n\n| kind | pairs |\n|---|---|\n");
    for (PairKind kind : PairKind.values()) {
      text.append("| ").append(kind.label()).append(" | ").append(kinds.getOrDefault(kind, 0)).append(" |\n");
    }
    text.append("| all | ").append(pairs).append(" |\n\n| score | pairs |\n|---|---|\n");
    for (int i = 0; i < BANDS.length; i++) {
      String band = i == 0 ? String.format(Locale.ROOT, "%.1f-1.0", BANDS[i])
          : String.format(Locale.ROOT, "%.1f-%.1f", BANDS[i], BANDS[i - 1]);
      text.append("| ").append(band).append(" | ").append(bands[i]).append(" |\n");
    }
    text.append("\n## What was left out\n\n| filter | pairs left out |\n|---|---|\n");
    for (FilterRule rule : FilterRule.values()) {
      text.append("| `").append(rule.option()).append("` | ").append(drops.filtered(rule)).append(" |\n");
    }
    text.append("| duplicates | ").append(drops.duplicates()).append(" |\n\n")
        .append("## How it was made\n\n").append("bitext ").append(Version.CURRENT).append(", `bitext ")
        .append(origin.command()).append("` with ")
        .append(howMade.isEmpty() ? "default options" : howMade).append(".\n\n")
        .append("## Licence and attribution\n\n").append(origin.licenceNote()).append('\n');
    return text.toString();
  }

  /** The Hugging Face size category of a dataset of {@code rows} rows. */
  static String sizeCategory(long rows) {
    String[] names = {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B"};
    long bound = 1000;
    for (String name : names) {
      if (rows < bound) {
        return name;
      }
      bound *= 10;
    }
    return "n>1B";
  }

  @Override
  public void close() throws IOException {
    data.close();
  }
}
