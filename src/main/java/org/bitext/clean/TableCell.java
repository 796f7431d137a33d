package org.bitext.clean;

import org.bitext.common.Span;

/**
 * A cell of a wikitable, where its text is in the clean text; each cell's lines are lines of kind
 * {@link LineKind#TABLE_CELL}. Header cells ({@code !}) are left out.
 *
 * @param table which table of the article, counted from 0
 * @param row the row in the table, counted from 0
 * @param column the cell in the row, counted from 0
 */
public record TableCell(int table, int row, int column, Span span) {}
