/** Reading inputs (files, directories) into {@link org.bitext.source.Article}s, with per-file diagnostics. */
package org.bitext.source;
