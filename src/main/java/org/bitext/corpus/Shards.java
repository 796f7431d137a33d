package org.bitext.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a TMX output is cut into shards, each a complete TMX file of its own: at most {@code maxUnits} units and
 * {@code maxBytes} bytes a shard (Trados Cloud and Phrase take files of at most 1 GB). A unit is never split, and a
 * shard holds at least one, so a unit larger than {@code maxBytes} alone makes a shard over the limit. The bytes
 * are those of the TMX as written, before any gzip compression: a {@code .tmx.gz} shard is smaller still.
 *
 * @param maxUnits the most units a shard holds, or {@link Long#MAX_VALUE}
 * @param maxBytes the most bytes a shard holds, header and closing tags included, or {@link Long#MAX_VALUE}
 */
public record Shards(long maxUnits, long maxBytes) {
  /** One file, named as asked. */
  public static final Shards NONE = new Shards(Long.MAX_VALUE, Long.MAX_VALUE);

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)(B?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TMX_NAME = Pattern.compile("(?i)(.*?)(\\.tmx(\\.gz)?)");

  public Shards {
    if (maxUnits < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a shard holds at least one unit and one byte");
    }
  }

  /** Whether the output is cut into numbered shards rather than written as one file. */
  public boolean splits() {
    return !equals(NONE);
  }

  /** {@code NAME.tmx} → {@code NAME-00001.tmx}, {@code NAME.tmx.gz} → {@code NAME-00001.tmx.gz}. */
  public static Path shardName(Path target, int number) {
    String name = target.getFileName().toString();
    Matcher tmx = TMX_NAME.matcher(name);
    String numbered = String.format(Locale.ROOT, "-%05d", number);
    return target.resolveSibling(tmx.matches() ? tmx.group(1) + numbered + tmx.group(2) : name + numbered);
  }

  /**
   * A size as {@code split -b} reads one: a number of bytes, or with {@code K}, {@code M}, {@code G}, {@code T}
   * for powers of 1024 ({@code 1G} is 1,073,741,824 bytes) and {@code KB}, {@code MB}, {@code GB}, {@code TB} for
   * powers of 1000 ({@code 1GB} is 1,000,000,000).
   *
   * @throws IllegalArgumentException when it is not such a size, or is 0
   */
  public static long parseSize(String text) {
    Matcher size = SIZE.matcher(text.strip());
    if (!size.matches() || (size.group(2).isEmpty() && !size.group(3).isEmpty())) {
      throw new IllegalArgumentException("not a size such as 1G, 500MB or 200000: " + text);
    }
    String prefix = size.group(2).toUpperCase(Locale.ROOT);
    int power = prefix.isEmpty() ? 0 : "KMGT".indexOf(prefix) + 1;
    long unit = size.group(3).isEmpty() ? 1024 : 1000;
    long bytes;
    try {
      bytes = Long.parseLong(size.group(1));
      for (int i = 0; i < power; i++) {
        bytes = Math.multiplyExact(bytes, unit);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("too large a size: " + text, e);
    }
    if (bytes < 1) {
      throw new IllegalArgumentException("a size must be at least one byte: " + text);
    }
    return bytes;
  }
}
