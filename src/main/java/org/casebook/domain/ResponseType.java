package org.casebook.domain;

import java.util.Objects;

/** A kind of response, e.g. {@code refusal} or {@code non-apology}. A response may carry several. */
public record ResponseType(String id, String name, String description) {
    public ResponseType {
        Ids.requireSlug(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
