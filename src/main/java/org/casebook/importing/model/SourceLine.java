package org.casebook.importing.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document as a reader found it, with the layout hints the splitter may use.
 * For formats that have no visual lines (DOCX, ODT, reflowed text) a line is a whole paragraph.
 *
 * @param text          the characters, without the line break
 * @param runs          style runs covering {@code text}; empty when the source has no style
 * @param fontSize      in points; 0 when unknown
 * @param indent        left indent in points from the text's usual left edge; 0 when unknown
 * @param page          1-based page number; 1 for formats without pages
 * @param endsParagraph whether a paragraph ends after this line
 */
public record SourceLine(String text, List<StyleRun> runs, float fontSize, float indent, int page, boolean endsParagraph) {

    public SourceLine {
        Objects.requireNonNull(text, "text");
        runs = List.copyOf(runs);
    }

    /** A line with no style information, as plain text gives. */
    public static SourceLine plain(String text, boolean endsParagraph) {
        return new SourceLine(text, List.of(), 0f, 0f, 1, endsParagraph);
    }

    /** Whether the visible characters are all italic, all roman, a mix, or of unknown style. */
    public LineStyle style() {
        if (runs.isEmpty()) {
            return LineStyle.UNKNOWN;
        }
        boolean italic = false;
        boolean roman = false;
        for (StyleRun run : runs) {
            String part = text.substring(Math.min(run.start(), text.length()), Math.min(run.end(), text.length()));
            if (part.isBlank()) {
                continue;
            }
            italic |= run.italic();
            roman |= !run.italic();
        }
        if (italic && roman) {
            return LineStyle.MIXED;
        }
        return italic ? LineStyle.ITALIC : roman ? LineStyle.ROMAN : LineStyle.UNKNOWN;
    }

    /** Whether the visible characters are all bold. */
    public boolean isBold() {
        return !runs.isEmpty() && runs.stream()
                .filter(r -> !text.substring(Math.min(r.start(), text.length()), Math.min(r.end(), text.length())).isBlank())
                .allMatch(StyleRun::bold);
    }
}
