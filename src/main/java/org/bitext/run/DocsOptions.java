package org.bitext.run;

import java.nio.file.Path;
import java.util.List;
import org.bitext.corpus.TextLayout;
import org.bitext.corpus.TmxSettings;

/**
 * What {@code bitext align-docs} is asked to do.
 *
 * @param pairs the document pairs
 * @param output one file (a single pair) or a folder with one file per pair, named after it (for a Hugging Face
 *     dataset: the dataset's folder, or a folder with one dataset per pair)
 * @param singleFile whether {@code output} is the one pair's output
 * @param format what is written
 * @param minScore beads scoring under this are left out of the corpus formats (the ladder keeps every bead)
 * @param split whether sentences are split, or each line is one already
 * @param tmx language tags and direction
 * @param layout the Moses file names and TSV columns
 */
public record DocsOptions(List<DocumentPair> pairs, Path output, boolean singleFile, DocsFormat format,
    double minScore, boolean split, TmxSettings tmx, TextLayout layout) {
  public DocsOptions {
    pairs = List.copyOf(pairs);
    if (singleFile && pairs.size() != 1) {
      throw new IllegalArgumentException("one output file for " + pairs.size() + " pairs");
    }
  }

  /** Where the output of {@code pair} goes. */
  Path targetOf(DocumentPair pair) {
    return singleFile ? output : output.resolve(pair.name() + format.extension());
  }
}
