package org.bitext.corpus;

import org.bitext.common.Digest;

/** The stable id of a translation unit: the same article and pair always get the same one, whatever else is in the run. */
public final class UnitId {
  private UnitId() {}

  /** The id of the pair {@code english}–{@code chinese} of {@code article}, as 16 hex digits. */
  public static String of(String article, String english, String chinese) {
    return Digest.hex(article + '\u0000' + english + '\u0000' + chinese);
  }
}
