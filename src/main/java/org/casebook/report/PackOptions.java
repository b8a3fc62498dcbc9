package org.casebook.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.casebook.report.model.PackSection;

/**
 * How a pack is written.
 *
 * @param title the pack's title on the cover and in the PDF's metadata
 * @param date the date on the cover (usually the meeting the pack is for)
 * @param sections the parts to include; the cover and the contents always come
 * @param includeNotes whether the group's own notes on items are printed
 * @param largePrint body text at 16 pt instead of 11 pt
 * @param redact replace the case's listed names by their roles everywhere in the file
 */
public record PackOptions(
        String title,
        LocalDate date,
        Set<PackSection> sections,
        boolean includeNotes,
        boolean largePrint,
        boolean redact) {

    public PackOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    /** Every section, no notes, normal print, no redaction. */
    public static PackOptions standard(String title, LocalDate date) {
        return new PackOptions(title, date, EnumSet.allOf(PackSection.class), false, false, false);
    }

    public PackOptions withLargePrint(boolean on) {
        return new PackOptions(title, date, sections, includeNotes, on, redact);
    }

    public PackOptions withRedaction(boolean on) {
        return new PackOptions(title, date, sections, includeNotes, largePrint, on);
    }

    public PackOptions withNotes(boolean on) {
        return new PackOptions(title, date, sections, on, largePrint, redact);
    }

    public PackOptions withSections(Set<PackSection> chosen) {
        return new PackOptions(title, date, chosen, includeNotes, largePrint, redact);
    }
}
