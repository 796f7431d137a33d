package org.bitext.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bitext.corpus.TmxProfile;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --profile} and {@code --creationid}: the CAT tool a TMX is written for, shared by the commands that write one. */
final class ToolOptions {
  @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
      description = "The CAT tool the TMX is for: generic (default), trados, memoq, omegat, phrase or xtm "
          + "(XTM, MateCat).")
  private String profile;

  @Option(names = "--creationid", paramLabel = "ID",
      description = "The creationid of every TMX unit, for a tool's penalties (default: none for generic, bitext for "
          + "the other profiles).")
  private String creationId;

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
