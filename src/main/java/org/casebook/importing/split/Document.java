package org.casebook.importing.split;

import java.util.List;
import org.casebook.importing.model.SourceText;

/**
 * A document ready for the shape readers: its source, full text and paragraphs, read once and shared.
 *
 * @param styleEvidence whether italics set responses apart, so style may decide a boundary
 */
record Document(SourceText source, String fullText, List<Paragraph> paragraphs, boolean styleEvidence) {

    Document {
        paragraphs = List.copyOf(paragraphs);
    }

    static Document of(SourceText source) {
        List<Paragraph> paragraphs = ParagraphBuilder.paragraphs(source);
        return new Document(source, source.fullText(), paragraphs, hasStyleEvidence(source, paragraphs));
    }

    /** Italics count as evidence only when the letter uses both styles; an all-italic letter says nothing. */
    private static boolean hasStyleEvidence(SourceText text, List<Paragraph> paragraphs) {
        if (!text.styled()) {
            return false;
        }
        long italic = 0;
        long all = 0;
        for (Paragraph p : paragraphs) {
            for (int i = 0; i < p.text().length(); i++) {
                if (!Character.isWhitespace(p.text().charAt(i))) {
                    all++;
                    italic += p.isItalic(i) ? 1 : 0;
                }
            }
        }
        return all > 0 && italic > all * 0.05 && italic < all * 0.95;
    }
}
