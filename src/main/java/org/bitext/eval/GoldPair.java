package org.bitext.eval;

/** One row of a gold file: {@code file, kind, zh, en, note}; {@code zh} or {@code en} is "-" where it has none. */
public record GoldPair(String file, GoldKind kind, String chinese, String english, String note) {}
