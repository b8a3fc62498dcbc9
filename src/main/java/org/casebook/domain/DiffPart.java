package org.casebook.domain;

import java.util.Objects;

/** A run of words in a word-level diff between two responses: kept, added by the later one, or dropped from it. */
public record DiffPart(Kind kind, String text) {

    public enum Kind { SAME, ADDED, REMOVED }

    public DiffPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
