/** Writing pairs as parallel corpora (TMX 1.4), streaming, and never leaving a torn file under the final name. */
package org.bitext.write;
