package org.casebook.report;

import java.util.Objects;

/**
 * A finished pack: the PDF's bytes and what a member is told about it.
 *
 * @param pdf the whole file
 * @param pages how many pages it has
 * @param items how many items it holds
 */
public record PackDocument(byte[] pdf, int pages, int items) {
    public PackDocument {
        Objects.requireNonNull(pdf, "pdf");
    }
}
