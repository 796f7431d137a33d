package org.bitext.clean;

/** Plain text is already prose: it only gets split into lines. */
public final class PlainTextCleaner implements Cleaner {
  @Override
  public CleanText clean(String source) {
    CleanTextBuilder out = new CleanTextBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c != '\r') {
        out.append(c, i);
      }
    }
    return out.build();
  }
}
