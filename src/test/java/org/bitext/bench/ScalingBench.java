package org.bitext.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.bitext.run.Pipeline;
import org.bitext.align.CoreNlpWordSegmenter;
import org.bitext.align.LazyWordSegmenter;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.Article;
import org.bitext.source.SourceFormat;

/**
 * Shows that no stage is worse than linear on pathological input: each input is built at 1×, 4× and 16× a base
 * size, run through the whole pipeline (clean, segment, find, align) side by side in one JVM, and timed best of
 * three after a warm-up. Time per MB should stay flat as the size grows.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bitext.bench.ScalingBench} (optionally {@code -Dexec.args=BASE_KB}, default 256).
 */
public final class ScalingBench {
  private static final int REPEATS = 3;

  private ScalingBench() {}

  public static void main(String[] args) {
    int baseKb = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    LazyWordSegmenter segmenter = new LazyWordSegmenter(CoreNlpWordSegmenter::load);
    Pipeline pipeline = new Pipeline(segmenter, Lexicon.load());
    System.out.printf("%-28s %10s %10s %10s   %s%n", "input", "1x ms/MB", "4x ms/MB", "16x ms/MB", "16x/1x");
    for (Map.Entry<String, IntFunction<String>> input : inputs().entrySet()) {
      double[] perMb = new double[3];
      int[] factors = {1, 4, 16};
      for (int i = 0; i < factors.length; i++) {
        String text = input.getValue().apply(baseKb * 1024 * factors[i]);
        perMb[i] = bestMillis(pipeline, text) / (text.length() * 3.0 / (1 << 20));
      }
      System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f   %.2f%n", input.getKey(), perMb[0], perMb[1],
          perMb[2], perMb[2] / perMb[0]);
    }
    System.out.println("word segmenter loaded: " + segmenter.isLoaded() + " (sizes in MB of UTF-8, about 3 bytes a"
        + " char)");
  }

  private static double bestMillis(Pipeline pipeline, String text) {
    Article article = new Article("bench", "bench", text, SourceFormat.WIKITEXT);
    pipeline.extract(article);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      pipeline.extract(article);
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
    }
    return best;
  }

  /** Pathological inputs, each as a function of its length in chars. */
  private static Map<String, IntFunction<String>> inputs() {
    Map<String, IntFunction<String>> inputs = new LinkedHashMap<>();
    inputs.put("nested templates", n -> "{{a|".repeat(n / 6) + "}}".repeat(n / 6));
    inputs.put("unclosed refs on one line", n -> repeat("甲<ref>{{cite web|url=http://x.org ", n));
    inputs.put("unclosed parentheses", n -> repeat("（甲乙 abc ", n));
    inputs.put("unclosed links", n -> repeat("[[甲乙 [http://x.org a ", n));
    inputs.put("brackets and quotes", n -> repeat("「甲（alpha beta）」[[丙|丁 {{x|y}} '''戊'''（gamma delta）"
        + "『己』（\"epsilon zeta\"）（（（ 」」 -{a}- &amp; [http://x （ 『 < ", n));
    inputs.put("pairs in one long quote", n -> "他說：「" + repeat("我們終將勝利（We shall overcome）,", n) + "」");
    inputs.put("many sections and pairs", n -> repeat("== 第節 ==\n'''图灵测试'''（Turing test）是思想實驗。\n", n));
    return inputs;
  }

  private static String repeat(String chunk, int length) {
    return chunk.repeat(Math.max(1, length / chunk.length()));
  }

}
