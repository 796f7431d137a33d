/** Lexical evidence for pairing: CC-CEDICT glosses and pinyin readings. */
package org.bitext.lexicon;
