package org.casebook.ui.search;

import java.util.Objects;
import org.casebook.domain.search.SearchFilters;

/** One chosen filter value shown as a chip ("Stance: Dispute"), and the filters as they are once it is removed. */
public record FilterChip(String label, String spoken, SearchFilters without) {

    public FilterChip {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(spoken, "spoken");
        Objects.requireNonNull(without, "without");
    }
}
