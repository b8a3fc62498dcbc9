package org.casebook.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A theme or response type ({@code codeId}) on an item, in a given state. {@code evidence} is there when Casebook
 * suggested the tag, and stays when a member accepts or rejects it.
 */
public record ItemTag(long itemId, String codeId, TagState state, Optional<SuggestionEvidence> evidence) {
    public ItemTag {
        Ids.requireSlug(codeId);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A tag a member set, with no suggestion behind it. */
    public ItemTag(long itemId, String codeId, TagState state) {
        this(itemId, codeId, state, Optional.empty());
    }

    /** The same tag moved to another code, keeping its state and evidence. */
    public ItemTag withCode(String otherCodeId) {
        return new ItemTag(itemId, otherCodeId, state, evidence);
    }
}
