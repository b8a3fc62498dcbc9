package org.casebook.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A meeting of a body at which concerns were raised, e.g. "Trust Board" on 26 May 2021. */
public record Meeting(long id, long bodyId, String name, Optional<LocalDate> date) {
    public Meeting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A meeting needs a name");
        }
    }
}
