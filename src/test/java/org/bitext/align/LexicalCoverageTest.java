package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitext.testing.TestLexicon;
import org.junit.jupiter.api.Test;

/** What the dictionary says each side of a pair accounts for of the other. */
class LexicalCoverageTest {
  private static final LexicalCoverage COVERAGE = new LexicalCoverage(TestLexicon.get());

  @Test
  void aCommonWordTheChineseLeavesOutIsUnrenderedAndANameIsNot() {
    LexicalCoverage.Coverage shortName = COVERAGE.measure("英伟达", "Nvidia Corporation");
    assertThat(shortName.total()).isEqualTo(2);
    assertThat(shortName.unrendered()).as("corporation: a dictionary word, not rendered").isEqualTo(1);
    LexicalCoverage.Coverage fullName = COVERAGE.measure("英伟达公司", "Nvidia Corporation");
    assertThat(fullName.unrendered()).as("公司 renders corporation; Nvidia is a name").isZero();
  }

  @Test
  void glossesCoverBothSides() {
    LexicalCoverage.Coverage coverage = COVERAGE.measure("图灵测试", "Turing test");
    assertThat(coverage.fully()).contains("test");
    assertThat(coverage.hanCovered()).isGreaterThanOrEqualTo(2);
  }
}
