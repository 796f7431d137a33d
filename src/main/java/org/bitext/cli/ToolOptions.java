package org.bitext.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bitext.corpus.Shards;
import org.bitext.corpus.TmxProfile;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --profile}, {@code --creationid} and the shard limits: what the CAT tool a TMX is written for expects of it,
 * shared by the commands that write one.
 */
final class ToolOptions {
  @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
      description = "The CAT tool the TMX is for: generic (default), trados, memoq, omegat, phrase, xtm or "
          + "matecat.")
  private String profile;

  @Option(names = "--creationid", paramLabel = "ID",
      description = "The creationid of every TMX unit, for a tool's penalties (default: none for generic, bitext for "
          + "the other profiles).")
  private String creationId;

  @Option(names = "--split-units", paramLabel = "N",
      description = "Cut the TMX into shards of at most N units each: OUT.tmx becomes OUT-00001.tmx, "
          + "OUT-00002.tmx, ... (TMX only).")
  private Long splitUnits;

  @Option(names = "--split-size", paramLabel = "SIZE",
      description = "Cut the TMX into shards of at most SIZE bytes each, counted before gzip: 1G (2^30), 1GB (10^9), "
          + "500M, 200000 (TMX only; Trados Cloud and Phrase take files of at most 1 GB).")
  private String splitSize;

  /** The shard limits asked for; asking for them for another format than TMX is a usage error. */
  Shards shards(CommandLine command, boolean writesTmx) {
    if (splitUnits == null && splitSize == null) {
      return Shards.NONE;
    }
    if (!writesTmx) {
      throw new ParameterException(command, "--split-units and --split-size cut TMX output only; the other formats "
          + "are one record a line (split them with split -l)");
    }
    if (splitUnits != null && splitUnits < 1) {
      throw new ParameterException(command, "--split-units must be at least 1, not " + splitUnits);
    }
    try {
      return new Shards(splitUnits == null ? Long.MAX_VALUE : splitUnits,
          splitSize == null ? Long.MAX_VALUE : Shards.parseSize(splitSize));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, "--split-size: " + e.getMessage());
    }
  }

  TmxProfile profile(CommandLine command) {
    return TmxProfile.named(profile).orElseThrow(() -> new ParameterException(command, "--profile must be "
        + Arrays.stream(TmxProfile.values()).map(TmxProfile::label).collect(Collectors.joining(", ")) + ", not "
        + profile));
  }

  Optional<String> creationId(CommandLine command) {
    if (creationId != null && creationId.isBlank()) {
      throw new ParameterException(command, "--creationid must not be blank");
    }
    return Optional.ofNullable(creationId);
  }
}
