package org.casebook.ui.search;

import java.util.List;
import java.util.Objects;
import org.casebook.domain.search.SearchFilters;

/**
 * A section of the Add-a-filter menu ("Theme", "Stance", …) and its entries, each with the filters as they would be
 * with it added. Values already chosen are not offered again.
 */
public record FilterChoice(String title, List<Entry> entries) {

    /** One value to add: its name (indented by its depth for sub-themes) and the filters with it. */
    public record Entry(String label, int depth, SearchFilters with) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(with, "with");
        }
    }

    public FilterChoice {
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
    }
}
