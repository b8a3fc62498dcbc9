package org.casebook.importing.model;

import java.util.List;
import java.util.Objects;

/**
 * A document read into lines with layout hints, ready for the splitter.
 *
 * @param fileName  the source file's name, or a label such as "pasted text"
 * @param mediaType e.g. {@code application/pdf}, {@code text/plain}
 * @param lines     the lines in reading order, running headers, footers and page numbers removed
 * @param styled    whether the lines carry real style runs (PDF, DOCX, ODT) or none (plain text)
 */
public record SourceText(String fileName, String mediaType, List<SourceLine> lines, boolean styled) {

    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        lines = List.copyOf(lines);
    }

    /**
     * The text a letter stores and item spans point into: lines of a paragraph joined by a space,
     * paragraphs separated by a blank line.
     */
    public String fullText() {
        StringBuilder text = new StringBuilder();
        boolean startOfParagraph = true;
        for (SourceLine line : lines) {
            if (!startOfParagraph) {
                text.append(' ');
            } else if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(line.text().strip());
            startOfParagraph = line.endsParagraph();
        }
        return text.toString();
    }

    public boolean isBlank() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
