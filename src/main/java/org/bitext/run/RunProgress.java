package org.bitext.run;

/** Where a run reports how far it has got; the CLI shows it as a progress bar or periodic log lines. */
public interface RunProgress extends AutoCloseable {
  /** Called once, before any input is read, with the size of all the inputs in bytes. */
  void start(long totalBytes);

  /**
   * Called after each article is written.
   *
   * @param bytes input bytes read so far (compressed bytes, for a compressed dump)
   * @param pages articles read so far
   * @param pairs pairs written so far
   */
  void update(long bytes, long pages, long pairs);

  @Override
  void close();

  /** Reports nothing. */
  static RunProgress none() {
    return new RunProgress() {
      @Override
      public void start(long totalBytes) {}

      @Override
      public void update(long bytes, long pages, long pairs) {}

      @Override
      public void close() {}
    };
  }
}
