package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbatimTokensTest {
  @Test
  void findsTheLatinWordsAndNumbersOfChineseTextWithTheKeysEnglishWouldHave() {
    List<VerbatimTokens.Token> tokens =
        VerbatimTokens.in("名称段必须小于等于 63 个字符，参见 RFC 1123 和 kube-controller-manager。");
    assertThat(tokens).extracting(VerbatimTokens.Token::start).containsExactly(10, 20, 24, 31);
    assertThat(tokens).extracting(VerbatimTokens.Token::keys).containsExactly(Set.of("#63"), Set.of("rfc"),
        Set.of("#1123"), Set.of("kube", "contr", "manag"));
  }

  @Test
  void aChineseSentenceWithoutLatinScriptHasNoTokensAndAStopWordGivesNone() {
    assertThat(VerbatimTokens.in("北京是中国的首都。")).isEmpty();
    assertThat(VerbatimTokens.in("这是 the 例子")).isEmpty();
  }

  @Test
  void numbersAreKeptWholeWordsAreCutLikeTheEnglishSide() {
    assertThat(VerbatimTokens.keys("RFC 1123 and 1124 labels")).containsExactly("rfc", "label", "#1123", "#1124");
    assertThat(VerbatimTokens.numbers("ISO/IEC 9834-8")).containsExactly("#9834", "#8");
  }
}
