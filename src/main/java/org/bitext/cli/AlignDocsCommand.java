package org.bitext.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.docs.AlignSettings;
import org.bitext.docs.Bead;
import org.bitext.docs.DocumentAligner;
import org.bitext.docs.DocumentSentence;
import org.bitext.docs.Ladder;
import org.bitext.docs.LexicalSimilarity;
import org.bitext.docs.LineSentences;
import org.bitext.lexicon.Lexicon;
import org.bitext.source.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext align-docs}: a Chinese document and its English translation aligned sentence by sentence. */
@Command(name = "align-docs", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Aligns a Chinese document with its English translation, sentence by sentence.")
final class AlignDocsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ZH", description = "The Chinese document.")
  private Path zh;

  @Parameters(index = "1", paramLabel = "EN", description = "The English document.")
  private Path en;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The output file.")
  private Path output;

  @Option(names = "--no-split", description = "The inputs are one sentence a line already.")
  private boolean noSplit;

  @Override
  public Integer call() throws Exception {
    List<DocumentSentence> zhSentences = LineSentences.of(TextDecoder.decode(Files.readAllBytes(zh)));
    List<DocumentSentence> enSentences = LineSentences.of(TextDecoder.decode(Files.readAllBytes(en)));
    long start = System.nanoTime();
    DocumentAligner aligner = new DocumentAligner(new LexicalSimilarity(Lexicon.load()), AlignSettings.defaults());
    List<Bead> beads = aligner.align(zhSentences, enSentences);
    Ladder.write(beads, output);
    spec.commandLine().getErr().printf("bitext: %d beads in %.1f s%n", beads.size(),
        (System.nanoTime() - start) / 1e9);
    return ExitCode.OK.code();
  }
}
