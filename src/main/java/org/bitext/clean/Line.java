package org.bitext.clean;

/** A line of clean text, {@code [start, end)}, without its list or heading markup. */
public record Line(int start, int end, LineKind kind) {}
