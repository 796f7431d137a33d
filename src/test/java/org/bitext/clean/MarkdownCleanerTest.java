package org.bitext.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown cleaner: wrapped paragraphs joined, markers dropped, links keep their text, code kept. */
class MarkdownCleanerTest {
  private static final MarkdownCleaner CLEANER = new MarkdownCleaner();

  @Test
  void joinsAWrappedParagraphAndDropsEmphasisAndLinkTargets() {
    CleanText clean = CLEANER.clean("""
        # 宏

        Rust 提供了一个强大的**宏**系统，可进行元编程（[metaprogramming](https://en.wikipedia.org/wiki/Metaprogramming)
        ）。
        """);
    assertThat(clean.lines()).extracting(Line::kind).containsExactly(LineKind.HEADING, LineKind.PARAGRAPH);
    assertThat(clean.slice(clean.lines().get(0).start(), clean.lines().get(0).end())).isEqualTo("宏");
    assertThat(clean.slice(clean.lines().get(1).start(), clean.lines().get(1).end()))
        .as("a soft line break reads as a space")
        .isEqualTo("Rust 提供了一个强大的宏系统，可进行元编程（metaprogramming ）。");
  }

  @Test
  void bulletsAndQuotesBecomeLineKinds() {
    CleanText clean = CLEANER.clean("""
        - 第一项
        > 引用的一行
        """);
    assertThat(clean.lines()).extracting(Line::kind).containsExactly(LineKind.LIST_ITEM, LineKind.INDENTED);
  }

  @Test
  void sourceOffsetsAreMonotoneAndPointAtTheSameCharacter() {
    String source = "# 宏\n\n强大的**宏**系统（[metaprogramming](https://x.org/m)\n）。\n";
    CleanText clean = CLEANER.clean(source);
    int previous = -1;
    for (int i = 0; i < clean.text().length(); i++) {
      int offset = clean.sourceOffset(i);
      assertThat(offset).isGreaterThanOrEqualTo(previous).isLessThan(source.length());
      previous = offset;
      char c = clean.text().charAt(i);
      if (!Character.isWhitespace(c)) {
        assertThat(source.charAt(offset)).as("char %d (%s)", i, c).isEqualTo(c);
      }
    }
  }
}
