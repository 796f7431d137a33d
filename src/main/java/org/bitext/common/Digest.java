package org.bitext.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The first 64 bits of a text's SHA-256: unit ids and dedup keys, collision-free in practice at corpus sizes. */
public final class Digest {
  private Digest() {}

  /** The digest as 16 hex digits. */
  public static String hex(String text) {
    return HexFormat.of().toHexDigits(of(text));
  }

  /** The digest as a number, for sets of keys. */
  public static long of(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = (value << 8) | (hash[i] & 0xFF);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
