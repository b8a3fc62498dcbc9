package org.casebook.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.domain.search.SearchHit;

/**
 * One hit as the Search screen shows it: what it is and where ({@code heading}), its snippet, the item's themes and
 * stance, and the sentence a screen reader says for it.
 */
public record ResultRow(SearchHit hit, String heading, List<Theme> themes, Optional<Stance> stance, String spoken) {

    public ResultRow {
        Objects.requireNonNull(hit, "hit");
        Objects.requireNonNull(heading, "heading");
        themes = List.copyOf(themes);
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(spoken, "spoken");
    }
}
