/** Parallel corpora: writing pairs as TMX 1.4 (streaming, never a torn file under the final name), reading TMX back. */
package org.bitext.corpus;
