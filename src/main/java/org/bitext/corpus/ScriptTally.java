package org.bitext.corpus;

import org.bitext.lexicon.ChineseScript;

/** Counts the scripts of the pairs written to one file, to tag its Chinese by the majority. */
final class ScriptTally {
  private int simplified;
  private int traditional;

  void add(ChineseScript script) {
    if (script == ChineseScript.SIMPLIFIED) {
      simplified++;
    } else if (script == ChineseScript.TRADITIONAL) {
      traditional++;
    }
  }

  /** Traditional only when most tagged pairs are; simplified is the tie-breaker, as zhwiki's default script. */
  ChineseScript majority() {
    return traditional > simplified ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
  }
}
