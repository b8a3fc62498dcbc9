package org.casebook.importing.reading;

import java.util.List;

/**
 * A line of a PDF page as the text stripper found it, with its geometry in points (y grows down the page).
 *
 * @param x        left edge of the first glyph
 * @param endX     right edge of the last glyph
 * @param baseline of the first glyph
 * @param fontSize the size most of its characters are set in
 * @param firstWordWidth width of the line's first word, to tell whether it would have fitted on the line before
 * @param cells    each stretch of text set apart by a wide gap (a table's cells, which the content gives apart by
 *                 tabs); one cell, the whole line, for running text
 */
record PdfLine(int page, StyledText content, float x, float endX, float baseline, float fontSize, float firstWordWidth,
               List<Cell> cells) {

    /** Where a cell's text lies on the line, and how wide its first word is. */
    record Cell(float x, float endX, float firstWordWidth) {
    }

    PdfLine {
        cells = List.copyOf(cells);
    }

    String text() {
        return content.text();
    }

    /** Whether the line holds two or more cells, so is (part of) a table row. */
    boolean isTableRow() {
        return cells.size() > 1;
    }

    PdfLine withContent(StyledText newContent) {
        return new PdfLine(page, newContent, x, endX, baseline, fontSize, firstWordWidth, cells);
    }
}
