package org.bitext.source;

import java.io.IOException;

/** Receives the articles of an input one at a time, and the parts of it that had to be skipped. */
public interface ArticleSink {
  void accept(Article article) throws IOException;

  void skipped(Diagnostic problem);
}
