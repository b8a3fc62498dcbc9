package org.casebook.importing.reading;

/**
 * A line of a PDF page as the text stripper found it, with its geometry in points (y grows down the page).
 *
 * @param x        left edge of the first glyph
 * @param endX     right edge of the last glyph
 * @param baseline of the first glyph
 * @param fontSize the size most of its characters are set in
 * @param firstWordWidth width of the line's first word, to tell whether it would have fitted on the line before
 */
record PdfLine(int page, StyledText content, float x, float endX, float baseline, float fontSize, float firstWordWidth) {

    String text() {
        return content.text();
    }

    PdfLine withContent(StyledText newContent) {
        return new PdfLine(page, newContent, x, endX, baseline, fontSize, firstWordWidth);
    }
}
