package org.casebook.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;

/**
 * What a member asks a briefing pack to be: the pack screen and the {@code pack} command both build one and hand it to
 * {@link PackService#build}, which checks it against the case and fills in what was left out.
 *
 * @param scope which items it holds; every id in it must be the case's
 * @param title the cover's title; when empty, "Briefing pack", with the meeting's name when the scope names one
 * @param date the cover's date; when empty, the meeting's date when the scope names a dated one, else today
 * @param sections the parts to include; the cover and the contents always come
 * @param includeNotes whether the group's own notes on items are printed
 * @param largePrint body text at 16 pt instead of 11 pt
 * @param redact people's names replaced by their roles everywhere in the file
 */
public record PackRequest(PackScope scope, Optional<String> title, Optional<LocalDate> date, Set<PackSection> sections,
                          boolean includeNotes, boolean largePrint, boolean redact) {

    public PackRequest {
        Objects.requireNonNull(scope, "scope");
        title = Objects.requireNonNull(title, "title").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(date, "date");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    /** Every section, the default title and date, no notes, normal print, no names hidden. */
    public static PackRequest of(PackScope scope) {
        return new PackRequest(scope, Optional.empty(), Optional.empty(), EnumSet.allOf(PackSection.class), false, false,
                false);
    }

    public PackRequest withTitle(Optional<String> chosen) {
        return new PackRequest(scope, chosen, date, sections, includeNotes, largePrint, redact);
    }

    public PackRequest withDate(Optional<LocalDate> chosen) {
        return new PackRequest(scope, title, chosen, sections, includeNotes, largePrint, redact);
    }

    public PackRequest withSections(Set<PackSection> chosen) {
        return new PackRequest(scope, title, date, chosen, includeNotes, largePrint, redact);
    }

    public PackRequest withNotes(boolean on) {
        return new PackRequest(scope, title, date, sections, on, largePrint, redact);
    }

    public PackRequest withLargePrint(boolean on) {
        return new PackRequest(scope, title, date, sections, includeNotes, on, redact);
    }

    public PackRequest withRedaction(boolean on) {
        return new PackRequest(scope, title, date, sections, includeNotes, largePrint, on);
    }
}
