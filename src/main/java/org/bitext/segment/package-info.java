/** Segmenting clean text into sentences, respecting the nesting of quotation marks and brackets. */
package org.bitext.segment;
