package org.bitext.testing;

import java.util.List;
import org.bitext.align.WordSegmenter;

/** A segmenter that makes every character a word: deterministic and instant, for fuzzing the stages around it. */
public final class CharacterSegmenter implements WordSegmenter {
  @Override
  public List<String> segment(String chinese) {
    return chinese.codePoints().mapToObj(Character::toString).toList();
  }
}
