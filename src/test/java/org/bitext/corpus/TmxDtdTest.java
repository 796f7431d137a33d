package org.bitext.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator the TMX tests rely on does reject invalid TMX. */
class TmxDtdTest {
  @Test
  void rejectsAHeaderWithoutItsRequiredAttributesAndAUnitWithoutSegments(@TempDir Path folder) throws Exception {
    Path tmx = folder.resolve("bad.tmx");
    Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"x\"/>"
        + "<body><tu><prop type=\"x-kind\">term</prop></tu></body></tmx>\n");
    assertThat(TmxDtd.errors(tmx))
        .anyMatch(error -> error.contains("srclang"))
        .anyMatch(error -> error.contains("tu"));
  }
}
