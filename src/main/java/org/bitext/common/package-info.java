/**
 * The ground floor: vocabulary every stage shares and none owns. Spans of text, the paired punctuation of Chinese
 * and English prose, the punctuation that ends clauses and sentences, digests, and bitext's version.
 */
package org.bitext.common;
