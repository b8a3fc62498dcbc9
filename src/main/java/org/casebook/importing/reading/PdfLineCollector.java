package org.casebook.importing.reading;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox find the lines and words, and keeps, for every character, whether its glyph is italic or bold,
 * plus each line's position, size and page, and where a wide gap sets a table's cells apart. Paragraphs, running
 * heads and table rows are judged later, on the whole document.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** The narrowest gap between cells, in font sizes. */
    static final float CELL_GAP = 0.8f;

    private final PdfFontStyles fontStyles = new PdfFontStyles();
    private final List<PdfLine> lines = new ArrayList<>();
    private final StyledText.Builder current = new StyledText.Builder();
    private final Map<Integer, Integer> halfPointSizes = new HashMap<>();
    private final List<PdfLine.Cell> cells = new ArrayList<>();
    private float x;
    private float lastGlyphEnd;
    private float cellX;
    private float cellWordEnd = Float.NaN;
    private float endX;
    private float baseline;
    private float firstWordEnd = Float.NaN;
    private boolean hasGlyph;
    private TextPosition previousGlyph;

    PdfLineCollector() {
        // Reading order by position copes with PDFs whose content stream draws the footer first.
        setSortByPosition(true);
        // PDFBox's own check for text drawn twice (fake bold) costs a third of the reading time on long letters;
        // with positions sorted, a repeated glyph sits right after its twin, so writeString drops it cheaply.
        setSuppressDuplicateOverlappingText(false);
    }

    /** Whether the glyph is the one just written, drawn again over it (how some PDFs fake bold type). */
    private boolean repeats(TextPosition glyph) {
        TextPosition before = previousGlyph;
        if (before == null || !glyph.getUnicode().equals(before.getUnicode())) {
            return false;
        }
        float tolerance = Math.max(0.5f, glyph.getWidthDirAdj() / 3);
        return Math.abs(glyph.getXDirAdj() - before.getXDirAdj()) < tolerance
                && Math.abs(glyph.getYDirAdj() - before.getYDirAdj()) < tolerance;
    }

    /** All lines of pages first..last (1-based, inclusive) in reading order, blank lines left out. */
    List<PdfLine> collect(PDDocument document, int first, int last) throws IOException {
        lines.clear();
        previousGlyph = null;
        setStartPage(first);
        setEndPage(last);
        writeText(document, Writer.nullWriter());
        flushLine();
        return List.copyOf(lines);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition glyph : positions) {
            String unicode = glyph.getUnicode();
            if (unicode == null || unicode.isEmpty() || repeats(glyph)) {
                continue;
            }
            previousGlyph = glyph;
            if (unicode.isBlank()) {
                markFirstWordEnd();
            }
            float left = glyph.getXDirAdj();
            if (!unicode.isBlank() && hasGlyph && left - lastGlyphEnd > cellGap(glyph)) {
                startCell(left);
            }
            PdfFontStyles.GlyphStyle style = fontStyles.of(glyph);
            current.append(normalizeLigature(unicode), style.italic(), style.bold());
            if (!hasGlyph) {
                x = left;
                baseline = glyph.getYDirAdj();
                hasGlyph = true;
                lastGlyphEnd = left + glyph.getWidthDirAdj();
                cellX = left;
            }
            endX = Math.max(endX, left + glyph.getWidthDirAdj());
            if (!unicode.isBlank()) {
                lastGlyphEnd = left + glyph.getWidthDirAdj();
            }
            halfPointSizes.merge(Math.round(glyph.getFontSizeInPt() * 2), 1, Integer::sum);
        }
    }

    /**
     * A gap this wide is more than a word space, even in a justified line, and less than the padding Word and
     * LibreOffice leave between table cells: the text after it is the next cell of a table row (or a column set apart
     * as one), and a tab stands in for the word space.
     */
    private static float cellGap(TextPosition glyph) {
        return Math.max(glyph.getFontSizeInPt() * CELL_GAP, 4f);
    }

    private void startCell(float left) {
        markFirstWordEnd();
        closeCell();
        cellX = left;
        current.dropTrailingSpace();
        current.append(String.valueOf(TableRows.CELL_SEPARATOR), current.lastItalic(), current.lastBold());
    }

    private void closeCell() {
        float wordEnd = Float.isNaN(cellWordEnd) ? lastGlyphEnd : cellWordEnd;
        cells.add(new PdfLine.Cell(cellX, lastGlyphEnd, wordEnd - cellX));
        cellWordEnd = Float.NaN;
    }

    @Override
    protected void writeWordSeparator() {
        if (!current.isEmpty()) {
            markFirstWordEnd();
            current.append(" ", current.lastItalic(), current.lastBold());
        }
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writeParagraphEnd() {
        flushLine();
    }

    @Override
    protected void endPage(PDPage page) {
        flushLine();
    }

    private void flushLine() {
        StyledText text = current.build();
        if (hasGlyph && !text.text().isBlank()) {
            closeCell();
            float wordEnd = Float.isNaN(firstWordEnd) ? endX : firstWordEnd;
            lines.add(new PdfLine(getCurrentPageNo(), text, x, endX, baseline, dominantSize(), wordEnd - x, cells));
        }
        current.clear();
        cells.clear();
        cellWordEnd = Float.NaN;
        halfPointSizes.clear();
        hasGlyph = false;
        endX = 0;
        firstWordEnd = Float.NaN;
    }

    private void markFirstWordEnd() {
        if (hasGlyph && Float.isNaN(cellWordEnd)) {
            cellWordEnd = lastGlyphEnd;
        }
        if (hasGlyph && Float.isNaN(firstWordEnd)) {
            firstWordEnd = endX;
        }
    }

    private float dominantSize() {
        return halfPointSizes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f)
                .orElse(0f);
    }

    /** "ﬁ" → "fi": typesetters use ligature glyphs, the splitter and search want letters. */
    private static String normalizeLigature(String unicode) {
        char first = unicode.charAt(0);
        return first >= '\uFB00' && first <= '\uFB06' ? Normalizer.normalize(unicode, Normalizer.Form.NFKC) : unicode;
    }
}
