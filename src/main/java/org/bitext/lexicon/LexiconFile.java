package org.bitext.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lexicon compiled at build time: parsing CC-CEDICT's text (regular expressions, stemming every gloss) takes
 * about two seconds at start-up, reading this binary form a fraction of one. The build runs {@link #main} on the
 * bundled text; entries are written in sorted order, so the file is the same on every build.
 */
public final class LexiconFile {
  static final String RESOURCE = "cedict.bin";
  private static final String FORMAT = "bitext lexicon 1";

  private LexiconFile() {}

  /** Compiles the bundled CC-CEDICT text into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      write(Lexicon.loadText(), out);
    }
  }

  static void write(Lexicon lexicon, OutputStream sink) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink, 1 << 16));
    out.writeUTF(FORMAT);
    List<String> stems = new ArrayList<>(new TreeSet<>(lexicon.glosses().values().stream()
        .flatMap(List::stream).toList()));
    Map<String, Integer> stemIndex = new HashMap<>();
    out.writeInt(stems.size());
    for (String stem : stems) {
      stemIndex.put(stem, stemIndex.size());
      out.writeUTF(stem);
    }
    Map<String, List<String>> glosses = new TreeMap<>(lexicon.glosses());
    out.writeInt(glosses.size());
    for (Map.Entry<String, List<String>> word : glosses.entrySet()) {
      out.writeUTF(word.getKey());
      out.writeShort(word.getValue().size());
      for (String stem : word.getValue()) {
        out.writeInt(stemIndex.get(stem));
      }
    }
    Map<Integer, String> readings = new TreeMap<>(lexicon.readings());
    out.writeInt(readings.size());
    for (Map.Entry<Integer, String> reading : readings.entrySet()) {
      out.writeInt(reading.getKey());
      out.writeUTF(reading.getValue());
    }
    Map<Integer, Integer> simplified = new TreeMap<>(lexicon.simplified());
    out.writeInt(simplified.size());
    for (Map.Entry<Integer, Integer> pair : simplified.entrySet()) {
      out.writeInt(pair.getKey());
      out.writeInt(pair.getValue());
    }
    Set<String> commonWords = new TreeSet<>(lexicon.commonWords());
    out.writeInt(commonWords.size());
    for (String word : commonWords) {
      out.writeUTF(word);
    }
    out.flush();
  }

  static Lexicon read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
    String format = in.readUTF();
    if (!format.equals(FORMAT)) {
      throw new IOException("the compiled lexicon is in format \"" + format + "\", not \"" + FORMAT
          + "\": rebuild bitext");
    }
    String[] stems = new String[in.readInt()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = in.readUTF();
    }
    int words = in.readInt();
    Map<String, List<String>> glosses = new HashMap<>(words * 4 / 3 + 1);
    for (int i = 0; i < words; i++) {
      String word = in.readUTF();
      String[] glossStems = new String[in.readShort()];
      for (int j = 0; j < glossStems.length; j++) {
        glossStems[j] = stems[in.readInt()];
      }
      glosses.put(word, List.of(glossStems));
    }
    int readingCount = in.readInt();
    Map<Integer, String> readings = new HashMap<>(readingCount * 4 / 3 + 1);
    for (int i = 0; i < readingCount; i++) {
      readings.put(in.readInt(), in.readUTF());
    }
    int simplifiedCount = in.readInt();
    Map<Integer, Integer> simplified = new HashMap<>(simplifiedCount * 4 / 3 + 1);
    for (int i = 0; i < simplifiedCount; i++) {
      simplified.put(in.readInt(), in.readInt());
    }
    int commonCount = in.readInt();
    Set<String> commonWords = new HashSet<>(commonCount * 4 / 3 + 1);
    for (int i = 0; i < commonCount; i++) {
      commonWords.add(in.readUTF());
    }
    return new Lexicon(glosses, readings, simplified, commonWords);
  }
}
