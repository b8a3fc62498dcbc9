package org.casebook.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A theme of the codebook that concerns are tagged with. Ids are stable slugs such as {@code pay-disparity}. */
public record Theme(String id, String name, String description, String colour, Optional<String> parentId) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Theme {
        Ids.requireSlug(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parentId, "parentId");
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("Theme colour must look like #RRGGBB: " + colour);
        }
    }
}
