package org.bitext.clean;

/** A span {@code [start, end)} of clean text that markup gave a meaning to; {@code value} depends on the kind. */
public record Mark(int start, int end, MarkKind kind, String value) {}
