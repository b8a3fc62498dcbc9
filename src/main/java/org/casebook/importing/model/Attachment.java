package org.casebook.importing.model;

import java.util.Objects;

/**
 * A document that came attached to an e-mail and that Casebook reads: imported as a letter of its own, linked to
 * the e-mail it came with, its bytes kept as its original.
 *
 * @param fileName the attachment's name as the e-mail gives it (made safe to store), e.g. {@code "response.pdf"}
 * @param content  the attachment's bytes, decoded from the e-mail's transfer encoding
 * @param text     the attachment read as its format's reader reads a file
 */
public record Attachment(String fileName, byte[] content, SourceText text) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        content = content.clone();
        Objects.requireNonNull(text, "text");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
