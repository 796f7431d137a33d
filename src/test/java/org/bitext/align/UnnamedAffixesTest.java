package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitext.common.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title of rank or a count leaves the span unless the English names it. */
class UnnamedAffixesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      波西·雷克爵士          | Percy Lake                 | 波西·雷克
      波西·雷克爵士          | Sir Percy Lake             | 波西·雷克爵士
      第一代維米子爵朱利安·賓 | Julian Byng                | 朱利安·賓
      第一代維米子爵朱利安·賓 | Julian Byng, Viscount Byng | 第一代維米子爵朱利安·賓
      基督山伯爵             | The Count of Monte Cristo  | 基督山伯爵
      男爵                   | Baronet                    | 男爵
      威廉·哈密顿从男爵      | Sir William Hamilton, 9th Baronet | 威廉·哈密顿从男爵
      威廉·哈密顿从男爵      | William Hamilton           | 威廉·哈密顿
      亞述志願軍             | Assyrian volunteers        | 亞述志願軍
      """)
  void dropsATitleTheEnglishDoesNotName(String chinese, String english, String expected) {
    String text = "在" + chinese + "。";
    Span span = UnnamedAffixes.withoutUnnamedTitle(text, new Span(1, 1 + chinese.length()), english);
    assertThat(text.substring(span.start(), span.end())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1 液量打兰   | fluid dram   | 液量打兰
      = 1/16 盎司 | ounce        | 盎司
      1英寸       | inch         | 英寸
      1英寸       | 1 inch       | 1英寸
      1984        | Nineteen     | 1984
      """)
  void dropsACountTheEnglishGivesNoneOf(String chinese, String english, String expected) {
    String text = "在" + chinese + "。";
    Span span = UnnamedAffixes.withoutCount(text, new Span(1, 1 + chinese.length()), english);
    assertThat(text.substring(span.start(), span.end())).isEqualTo(expected);
  }

  /** The count stands before the span, its unit at the span's start: 1836年 | 詹姆斯·艾倫·梅爾. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1836 | 年詹姆斯·梅爾 | James Mair   | 詹姆斯·梅爾
      10   | 歲女兒墨菲   | Murphy       | 女兒墨菲
      1836 | 年鑑         | Almanac      | 年鑑
      1836 | 年詹姆斯     | 1836 James   | 年詹姆斯
      """)
  void dropsTheUnitOfACountBeforeTheSpan(String count, String chinese, String english, String expected) {
    String text = count + chinese + "。";
    Span span = UnnamedAffixes.withoutCount(text, new Span(count.length(), count.length() + chinese.length()),
        english);
    assertThat(text.substring(span.start(), span.end())).isEqualTo(expected);
  }
}
