package org.bitext.common;

/** bitext's version, as written into TMX headers, dataset cards and the run key of a journal. */
public final class Version {
  /** Kept equal to the project's version in {@code pom.xml} (a test checks it). */
  public static final String CURRENT = "0.1.0";

  private Version() {}
}
