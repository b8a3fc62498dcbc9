package org.casebook.domain.search;

import java.util.Objects;

/**
 * A member's search: words in the query language ({@code "time credits"}, {@code refus* AND band -ccg},
 * {@code concern:pay}), the filters beside them, and how many hits to return at most.
 */
public record SearchQuery(String text, SearchFilters filters, int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        if (limit < 1) {
            throw new IllegalArgumentException("A search returns at least one hit, not " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilters.NONE, DEFAULT_LIMIT);
    }

    /** Nothing to look for: no words and no filters. */
    public boolean isBlank() {
        return text.isBlank() && filters.isEmpty();
    }
}
