package org.casebook.report.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A finished pack: the PDF's bytes and what a member is told about it.
 *
 * @param pdf the whole file
 * @param pages how many pages it has
 * @param items how many items it holds
 * @param title the title on its cover, which is also the print job's name and the file name offered
 * @param date the date on its cover
 */
public record PackDocument(byte[] pdf, int pages, int items, String title, LocalDate date) {
    public PackDocument {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }
}
