package org.bitext.clean;

/** A heading and where its section starts in the clean text. */
public record Section(int start, String title) {}
