package org.bitext.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bitext.common.Digest;
import org.bitext.testing.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The project's own gold corpus is split by a rule fixed before anything was measured (gold/README.md): within each
 * group of files (the letter its id starts with: one helper's topic, or the random picks), ordered by the SHA-256
 * of the file name, every third file from the first is held out. The test parts hold what the rule says, and every
 * gold row names a file of its part.
 */
class GoldSplitTest {
  private static List<String> articles(String part) throws Exception {
    try (Stream<Path> files = Files.list(TestFiles.resource("gold/" + part))) {
      return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".wikitext")).sorted()
          .toList();
    }
  }

  @Test
  void everyThirdFileOfEachGroupIsHeldOut() throws Exception {
    List<String> design = articles("design");
    List<String> holdout = articles("holdout");
    List<String> all = new ArrayList<>(design);
    all.addAll(holdout);
    Map<Character, List<String>> groups = all.stream()
        .collect(Collectors.groupingBy(name -> name.charAt(0), TreeMap::new, Collectors.toList()));
    Set<String> expected = new HashSet<>();
    for (List<String> group : groups.values()) {
      List<String> ordered = group.stream().sorted(Comparator.comparing(GoldSplitTest::sha256)).toList();
      for (int i = 0; i < ordered.size(); i += 3) {
        expected.add(ordered.get(i));
      }
    }
    assertThat(holdout).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(design).doesNotContainAnyElementsOf(holdout);
  }

  @Test
  void everyGoldRowNamesAFileOfItsPart() throws Exception {
    for (String part : List.of("design", "holdout", "shared")) {
      Set<String> files = Set.copyOf(articles(part));
      List<GoldPair> rows = GoldStandard.read(TestFiles.resource("gold/" + part + "/EXPECTED.tsv"));
      assertThat(rows).as(part).isNotEmpty();
      assertThat(rows).extracting(GoldPair::file).as(part).allMatch(files::contains);
      assertThat(rows.stream().map(GoldPair::file).collect(Collectors.toSet())).as(part + ": files without rows")
          .containsAll(files);
    }
  }

  /** The SHA-256's first 16 hex digits: enough to order a group the way the whole digest does. */
  private static String sha256(String name) {
    return Digest.hex(name);
  }
}
