package org.casebook.importing.split;

import java.util.BitSet;

/**
 * A paragraph of the letter's full text, with where it starts in that text and, for styled sources,
 * which of its characters are italic.
 *
 * @param index  position among the letter's paragraphs
 * @param start  offset of the first character in the full text
 * @param text   the characters, exactly as in the full text
 * @param italic bit i set when character i is italic; meaningful only when {@code styled}
 * @param styled whether the source said anything about style for this paragraph
 */
public record Paragraph(int index, int start, String text, BitSet italic, boolean styled) {

    public Paragraph {
        italic = (BitSet) italic.clone();
    }

    public int end() {
        return start + text.length();
    }

    public boolean isItalic(int offset) {
        return styled && italic.get(offset);
    }
}
