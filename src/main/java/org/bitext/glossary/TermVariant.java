package org.bitext.glossary;

/**
 * One English rendering of a glossary's Chinese term.
 *
 * @param english the English term as written
 * @param count how many times the run paired it with the Chinese term (duplicates included)
 * @param bestScore the highest score of those pairs
 */
public record TermVariant(String english, int count, double bestScore) {}
