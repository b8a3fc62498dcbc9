package org.casebook.domain.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search found: how many hits in all, the best {@code hits} (best first), the words to mark when a hit is
 * opened, and, when nothing was found, the nearest spellings of the query's words that the case does hold.
 */
public record SearchResults(long total, List<SearchHit> hits, List<String> markWords, List<String> suggestions) {

    public static final SearchResults EMPTY = new SearchResults(0, List.of(), List.of(), List.of());

    public SearchResults {
        if (total < hits.size()) {
            throw new IllegalArgumentException(total + " hits in all, but " + hits.size() + " returned");
        }
        hits = List.copyOf(hits);
        markWords = List.copyOf(markWords);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(hits, "hits");
    }
}
