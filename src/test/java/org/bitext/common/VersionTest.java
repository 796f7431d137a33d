package org.bitext.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {
  /** The version written into outputs is the one the build says it is building. */
  @Test
  void isThePomsVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher project = Pattern.compile("<artifactId>bitext</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(project.find()).isTrue();
    assertThat(Version.CURRENT).isEqualTo(project.group(1));
  }
}
