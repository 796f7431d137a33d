package org.bitext.docs;

/** The side of a document pair. */
public enum Language {
  CHINESE,
  ENGLISH
}
