package org.casebook.importing.model;

import java.util.Arrays;
import java.util.Optional;

/** The document formats Casebook reads, each with its media type and the name a member knows it by. */
public enum DocumentFormat {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)"),
    HTML("text/html", "web page (HTML)"),
    EMAIL("message/rfc822", "e-mail (.eml)"),
    TEXT("text/plain", "plain text");

    /** Said after every "cannot read this" message so a member knows what to do instead. */
    public static final String SUPPORTED = "Casebook reads PDF, Word (.docx), OpenDocument text (.odt), "
            + "web pages (.html, .htm), e-mails (.eml) and plain text files.";

    private final String mediaType;
    private final String description;

    DocumentFormat(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
