/**
 * Document alignment: a Chinese document and its English translation, sentence by sentence, as beads (1-1, 1-n,
 * n-1, n-m, 1-0, 0-1) found by a banded dynamic programme over dictionary evidence.
 */
package org.bitext.docs;
