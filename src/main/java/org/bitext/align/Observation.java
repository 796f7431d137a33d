package org.bitext.align;

import org.bitext.find.FindPattern;

/**
 * What is known of a pair when it is scored.
 *
 * @param pattern how it was found
 * @param rule how its Chinese span was decided
 * @param kind sentence or term
 * @param chinese the Chinese side
 * @param english the English side
 * @param speakerFound whether a reporting clause names a speaker
 * @param cited whether a citation with a URL follows
 * @param competitors how many other candidates stand in the same sentence
 * @param block what the dictionary says of the pair's block; {@link BlockSupport#NONE} outside blocks
 * @param acronymGiven whether the English came with its own acronym (World Health Organization, WHO)
 */
public record Observation(FindPattern pattern, SpanRule rule, PairKind kind, String chinese, String english,
    boolean speakerFound, boolean cited, int competitors, BlockSupport block, boolean acronymGiven) {}
