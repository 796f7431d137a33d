package org.bitext.corpus;

/** Where a dataset's pairs come from, which decides what its card says of them and of their licence. */
public enum DatasetOrigin {
  /** {@code bitext align} on Chinese Wikipedia articles. */
  MINED_ARTICLES("align", "cc-by-sa-4.0",
      "English originals embedded in Chinese articles, each with the Chinese that renders it, mined by",
      "The text comes from Chinese Wikipedia articles and is licensed CC BY-SA 4.0, as they are. Attribution: "
          + "contains text from Wikipedia (https://zh.wikipedia.org), by its contributors; each pair names its "
          + "article in `article`."),
  /** {@code bitext align-docs} on documents whose licence bitext cannot know. */
  ALIGNED_DOCUMENTS("align-docs", "unknown",
      "Chinese documents and their English translations, aligned sentence by sentence into beads by",
      "The text is that of the input documents, whose licence bitext does not know: set `license` above to theirs, "
          + "and give their attribution here, before publishing this dataset. Each pair names its document in "
          + "`article`.");

  private final String command;
  private final String license;
  private final String description;
  private final String licenceNote;

  DatasetOrigin(String command, String license, String description, String licenceNote) {
    this.command = command;
    this.license = license;
    this.description = description;
    this.licenceNote = licenceNote;
  }

  /** The bitext subcommand that made it. */
  String command() {
    return command;
  }

  /** The card's {@code license} value, a Hugging Face licence identifier. */
  String license() {
    return license;
  }

  /** What the pairs are, up to the words "bitext VERSION". */
  String description() {
    return description;
  }

  /** The card's licence and attribution paragraph. */
  String licenceNote() {
    return licenceNote;
  }
}
