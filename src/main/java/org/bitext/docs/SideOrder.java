package org.bitext.docs;

/**
 * Which side a ladder file lists first. bitext writes Chinese first; published gold files (Bertalign's) often list
 * the source language, English, first. A reader is always told which: the two cannot be told apart by content.
 */
public enum SideOrder {
  ZH_EN,
  EN_ZH
}
