package org.bitext.segment;

import org.bitext.common.Span;

/** A sentence of clean text; it never crosses a line. */
public record Sentence(Span span) {}
