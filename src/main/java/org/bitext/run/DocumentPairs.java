package org.bitext.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bitext.source.InputException;

/**
 * The pairs of a batch: a folder's files matched by name ({@code x.zh.txt} with {@code x.en.txt}, {@code x.zh.md}
 * with {@code x.en.md}; any extension on either side), or a TSV listing them ({@code zh-file<TAB>en-file}, paths
 * relative to the TSV's folder, {@code #} comments).
 */
public final class DocumentPairs {
  private static final Pattern CHINESE_FILE = Pattern.compile("(.+)\\.zh\\.([^.]+)");

  private DocumentPairs() {}

  public static List<DocumentPair> of(Path listing, Consumer<String> warnings) throws InputException {
    try {
      return Files.isDirectory(listing) ? inFolder(listing, warnings) : fromTsv(listing);
    } catch (IOException e) {
      throw new InputException("cannot read " + listing + ": " + e.getMessage(), e);
    }
  }

  private static List<DocumentPair> inFolder(Path folder, Consumer<String> warnings) throws IOException,
      InputException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(Files::isRegularFile).sorted().toList();
    }
    List<DocumentPair> pairs = new ArrayList<>();
    for (Path file : files) {
      Matcher chinese = CHINESE_FILE.matcher(file.getFileName().toString());
      if (!chinese.matches()) {
        continue;
      }
      Optional<Path> english = englishOf(files, chinese.group(1), chinese.group(2));
      if (english.isPresent()) {
        pairs.add(new DocumentPair(chinese.group(1), file, english.get()));
      } else {
        warnings.accept("skipped " + file + ": no " + chinese.group(1) + ".en.* beside it");
      }
    }
    if (pairs.isEmpty()) {
      throw new InputException(folder + " holds no pair of files named x.zh.EXT and x.en.EXT");
    }
    return pairs;
  }

  /** The same extension first, else any other: x.zh.md may be translated as x.en.docx. */
  private static Optional<Path> englishOf(List<Path> files, String name, String extension) {
    String same = name + ".en." + extension;
    Optional<Path> exact = files.stream().filter(f -> f.getFileName().toString().equals(same)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    Pattern other = Pattern.compile(Pattern.quote(name) + "\\.en\\.[^.]+");
    return files.stream().filter(f -> other.matcher(f.getFileName().toString()).matches()).findFirst();
  }

  private static List<DocumentPair> fromTsv(Path tsv) throws IOException, InputException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    Path base = tsv.toAbsolutePath().getParent();
    List<DocumentPair> pairs = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 2 || cells.length > 3) {
        throw new InputException(tsv + ":" + (n + 1) + ": expected zh-file<TAB>en-file[<TAB>name], found "
            + cells.length + " cell(s)");
      }
      Path chinese = base.resolve(cells[0].strip());
      Path english = base.resolve(cells[1].strip());
      String name = cells.length == 3 ? cells[2].strip() : DocumentPair.nameOf(chinese);
      pairs.add(new DocumentPair(name, chinese, english));
    }
    if (pairs.isEmpty()) {
      throw new InputException(tsv + " lists no pair");
    }
    return pairs;
  }
}
