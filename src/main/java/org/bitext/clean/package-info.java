/**
 * Cleaning: wikitext, Markdown or plain text becomes {@link org.bitext.clean.CleanText}, plain prose whose every
 * character maps back to a source offset, with lines, links, English spans and references kept as structure.
 */
package org.bitext.clean;
