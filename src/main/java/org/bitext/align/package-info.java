/**
 * Aligning: each candidate's English is checked and trimmed, the Chinese span that renders it is chosen (word
 * segmentation only where markup and punctuation leave the boundary open), and the pair is classified and scored.
 */
package org.bitext.align;
