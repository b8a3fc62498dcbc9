package org.casebook.importing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a letter's text says about itself, offered to the member on the metadata form.
 *
 * @param salutation      e.g. "Dear Tamar and colleagues"
 * @param addressee       who the salutation names, e.g. "Tamar and colleagues"
 * @param signedBy        the name under the sign-off, when one is found
 * @param dates           dates written in the text, in order of appearance, without repeats
 * @param meetings        meetings named in the text with their dates, e.g. "Trust Board" on 26 May 2021
 */
public record LetterMetadata(Optional<String> salutation, Optional<String> addressee, Optional<String> signedBy,
                             List<LocalDate> dates, List<MeetingMention> meetings) {

    public LetterMetadata {
        Objects.requireNonNull(salutation, "salutation");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(signedBy, "signedBy");
        dates = List.copyOf(dates);
        meetings = List.copyOf(meetings);
    }

    /** A meeting named in the text, such as "the Trust Board on 26 May 2021". */
    public record MeetingMention(String name, LocalDate date) {
        public MeetingMention {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
        }

        /** How the form offers it: "Trust Board, 26 May 2021". */
        public String label() {
            return name + ", " + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        }
    }
}
