package org.casebook.domain;

import java.util.List;
import java.util.Objects;

/**
 * Items from different letters that are the same concern raised again.
 * Named so as not to be confused with {@link java.lang.Thread}.
 */
public record ConcernThread(long id, String title, List<Long> itemIds) {
    public ConcernThread {
        Objects.requireNonNull(title, "title");
        itemIds = List.copyOf(itemIds);
    }
}
