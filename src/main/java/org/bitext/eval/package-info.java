/** Scoring bitext's output against a gold standard: precision, recall and F1 per kind, misses, extras, traps. */
package org.bitext.eval;
