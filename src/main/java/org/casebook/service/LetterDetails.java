package org.casebook.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the member says about a letter on the import form (or the CLI's options). */
public record LetterDetails(String title, Optional<LocalDate> date, String from, String to, Optional<String> bodyName,
                            Optional<String> meetingName, Optional<LocalDate> meetingDate) {

    public LetterDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(meetingDate, "meetingDate");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A letter needs a title");
        }
    }
}
