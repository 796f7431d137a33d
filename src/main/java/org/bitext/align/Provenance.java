package org.bitext.align;

import org.bitext.common.Span;
import org.bitext.find.FindPattern;
import org.bitext.lexicon.ChineseScript;

/**
 * Where a pair comes from. Text fields that are unknown are empty strings.
 *
 * @param article the article's title
 * @param origin the input it was read from
 * @param section the heading of the section it stands in
 * @param speaker who the reporting clause says spoke the English original
 * @param sourceUrl the URL of the citation right after it
 * @param pattern how it was found
 * @param chineseSource where the Chinese is in the source text (raw offsets)
 * @param englishSource where the English is in the source text, or {@link Span#NONE} when markup carried it
 * @param script the script of the article's Chinese, which decides the Chinese language tag
 */
public record Provenance(String article, String origin, String section, String speaker, String sourceUrl,
    FindPattern pattern, Span chineseSource, Span englishSource, ChineseScript script) {}
