package org.casebook.domain;

import java.util.Objects;

/** A theme or response type ({@code codeId}) on an item, in a given state. */
public record ItemTag(long itemId, String codeId, TagState state) {
    public ItemTag {
        Ids.requireSlug(codeId);
        Objects.requireNonNull(state, "state");
    }
}
