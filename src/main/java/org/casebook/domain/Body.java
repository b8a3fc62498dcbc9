package org.casebook.domain;

import java.util.Objects;

/** A body that receives the group's concerns and answers them: a Trust, NHS England, a council. */
public record Body(long id, String name) {
    public Body {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A body needs a name");
        }
    }
}
