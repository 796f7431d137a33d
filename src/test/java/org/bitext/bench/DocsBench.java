package org.bitext.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a synthetic book pair for {@code bench/align-docs-bench.sh}: the Bible set's chapters (both sides, a
 * chapter being the sentences of one {@code Book:chapter}) drawn in a seeded random order until the Chinese side
 * has the asked number of sentences, one a line. Arguments: Chinese sentences, output folder.
 */
public final class DocsBench {
  private DocsBench() {}

  public static void main(String[] args) throws IOException {
    int sentences = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path bible = Path.of("src/test/resources/docs/bible");
    List<List<String>> zh = chapters(bible.resolve("zh.txt"), bible.resolve("zh.verse"));
    List<List<String>> en = chapters(bible.resolve("en.txt"), bible.resolve("en.verse"));
    Random random = new Random(13);
    List<String> zhOut = new ArrayList<>();
    List<String> enOut = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    while (zhOut.size() < sentences) {
      if (order.isEmpty()) {
        for (int c = 0; c < zh.size(); c++) {
          order.add(c);
        }
        Collections.shuffle(order, random);
      }
      int chapter = order.remove(order.size() - 1);
      zhOut.addAll(zh.get(chapter));
      enOut.addAll(en.get(chapter));
    }
    Files.createDirectories(out);
    Files.write(out.resolve("book-" + sentences + ".zh.txt"), zhOut, StandardCharsets.UTF_8);
    Files.write(out.resolve("book-" + sentences + ".en.txt"), enOut, StandardCharsets.UTF_8);
  }

  private static List<List<String>> chapters(Path text, Path verses) throws IOException {
    List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
    List<String> verseOf = Files.readAllLines(verses, StandardCharsets.UTF_8);
    Map<String, List<String>> chapters = new LinkedHashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      String verse = verseOf.get(k);
      String chapter = verse.substring(0, verse.lastIndexOf(':'));
      chapters.computeIfAbsent(chapter, c -> new ArrayList<>()).add(lines.get(k));
    }
    return new ArrayList<>(chapters.values());
  }
}
