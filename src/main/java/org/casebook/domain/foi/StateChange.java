package org.casebook.domain.foi;

import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a request's history: the state it entered, on which day, and why (may be empty). */
public record StateChange(long id, long requestId, FoiState state, LocalDate date, String note) {
    public StateChange {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note.strip();
    }
}
