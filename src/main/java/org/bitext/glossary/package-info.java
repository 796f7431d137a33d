/** Glossaries from a run's term pairs: merged per Chinese term, written as TBX-Basic, OmegaT TSV or CSV. */
package org.bitext.glossary;
