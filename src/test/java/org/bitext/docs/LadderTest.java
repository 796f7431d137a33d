package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderTest {
  @TempDir
  Path folder;

  @Test
  void writesChineseIndicesFirstWithEmptySidesAsEmptyBrackets() throws IOException {
    Path file = folder.resolve("x.align");
    Ladder.write(List.of(new Bead(0, 2, 0, 1, 0.8), new Bead(2, 2, 1, 2, 0), new Bead(2, 3, 2, 2, 0)), file);
    assertThat(Files.readString(file)).isEqualTo("[0, 1]:[0]\n[]:[1]\n[2]:[]\n");
  }

  @Test
  void readsEitherOrderOnlyAsTold() throws IOException {
    Path file = folder.resolve("gold.align");
    Files.writeString(file, "[0]:[0]\n[1,2]:[1,2,3]\n\n[]:[4]\n");
    assertThat(Ladder.read(file, SideOrder.EN_ZH)).containsExactly(new LadderBead(List.of(0), List.of(0)),
        new LadderBead(List.of(1, 2, 3), List.of(1, 2)), new LadderBead(List.of(4), List.of()));
    assertThat(Ladder.read(file, SideOrder.ZH_EN).get(1)).isEqualTo(new LadderBead(List.of(1, 2), List.of(1, 2, 3)));
  }

  @Test
  void namesTheFileAndLineOfALineThatIsNotABead() throws IOException {
    Path file = folder.resolve("bad.align");
    Files.writeString(file, "[0]:[0]\n0 0\n");
    assertThatThrownBy(() -> Ladder.read(file, SideOrder.ZH_EN)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.align:2: not a ladder line");
  }
}
