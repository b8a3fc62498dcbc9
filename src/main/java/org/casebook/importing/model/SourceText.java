package org.casebook.importing.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read into lines with layout hints, ready for the splitter.
 *
 * @param fileName  the source file's name, or a label such as "pasted text"
 * @param mediaType e.g. {@code application/pdf}, {@code text/plain}
 * @param lines     the lines in reading order, running headers, footers and page numbers removed
 * @param styled    whether the lines carry real style runs (PDF, DOCX, ODT) or none (plain text)
 * @param envelope  for a letter that came by e-mail, what the e-mail says of itself
 * @param attachments other documents the e-mail carried, each to be imported as a letter linked to this one
 */
public record SourceText(String fileName, String mediaType, List<SourceLine> lines, boolean styled,
                         Optional<Envelope> envelope, List<Attachment> attachments) {

    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        lines = List.copyOf(lines);
        Objects.requireNonNull(envelope, "envelope");
        attachments = List.copyOf(attachments);
    }

    /** A document that did not come by e-mail. */
    public SourceText(String fileName, String mediaType, List<SourceLine> lines, boolean styled) {
        this(fileName, mediaType, lines, styled, Optional.empty(), List.of());
    }

    /** This text as carried by an e-mail: its envelope and the e-mail's other attachments. */
    public SourceText carriedBy(Envelope envelope, List<Attachment> attachments) {
        return new SourceText(fileName, mediaType, lines, styled, Optional.of(envelope), attachments);
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
