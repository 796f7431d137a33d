package org.bitext.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentGlossesTest {
  // English keys by id: a name the dictionary lacks ("xiang"), "went", "rain", "cold".
  private static final int XIANG = 0;
  private static final int WENT = 1;
  private static final int RAIN = 2;
  private static final int COLD = 3;

  private static final List<String> ZH = List.of("祥子拉车去了。", "下雨了。", "祥子回家去了。", "他去北京了。", "祥子累了。",
      "下雨了。", "天冷了。", "下雨了。", "天冷了。", "下雨了。");
  private static final int[][] EN = {{XIANG, WENT}, {RAIN}, {XIANG, WENT}, {WENT}, {XIANG}, {RAIN}, {COLD}, {RAIN},
      {COLD}, {RAIN}};

  @Test
  void aCharacterAndAKeyThatKeepMeetingInConfidentBeadsAreAssociated() {
    Map<Character, int[]> learned = DocumentGlosses.learn(ZH, EN, oneToOne(10, 0.5)).associations();
    assertThat(learned.get('祥')).contains(XIANG);
    assertThat(learned.get('去')).contains(WENT);
    assertThat(learned.get('冷')).containsExactly(COLD);
  }

  @Test
  void aCharacterInEveryBeadMeetsEveryKeyByChanceAndIsAssociatedWithNone() {
    // 了 shares all of "rain"'s four beads (Dice 0.57), but it is in every bead: no more than chance would give.
    assertThat(DocumentGlosses.learn(ZH, EN, oneToOne(10, 0.5)).associations()).doesNotContainKey('了');
  }

  @Test
  void weakBeadsTeachNothing() {
    assertThat(DocumentGlosses.learn(ZH, EN, oneToOne(10, 0.1)).associations()).isEmpty();
  }

  @Test
  void aCharacterAndAKeyMeetingNoMoreOftenThanChanceAreTestedOnlyWhenChanceAloneWouldHaveThemMeetTwice() {
    // 了 is in all ten beads and "rain" in four: chance gives them four, and four is what they share.
    DocumentGlosses.Meetings meetings = DocumentGlosses.learn(ZH, EN, oneToOne(10, 0.5)).meetings();
    assertThat(meetings.byChance('了', RAIN)).isTrue();
    // 雨 shares all four of "rain"'s beads, more than the 1.6 chance gives them; 冷 and "rain" never meet, but chance
    // would give them 0.8 beads: too few to say anything.
    assertThat(meetings.byChance('雨', RAIN)).isFalse();
    assertThat(meetings.byChance('冷', RAIN)).isFalse();
    // A key that stands in no bead learned from says nothing either.
    assertThat(meetings.byChance('了', 99)).isFalse();
  }

  private static List<Bead> oneToOne(int count, double score) {
    List<Bead> beads = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      beads.add(new Bead(k, k + 1, k, k + 1, score));
    }
    return beads;
  }
}
