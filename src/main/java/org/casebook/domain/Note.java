package org.casebook.domain;

import java.time.Instant;
import java.util.Objects;

/** A member's note on an item. */
public record Note(long id, long itemId, String text, Instant created) {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
    }
}
