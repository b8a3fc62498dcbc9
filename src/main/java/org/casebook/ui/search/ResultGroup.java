package org.casebook.ui.search;

import java.util.List;
import java.util.Objects;

/** The hits in one letter, best first, under the letter's title and its body and date. */
public record ResultGroup(long letterId, String title, String details, List<ResultRow> rows, String spoken) {

    public ResultGroup {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(details, "details");
        rows = List.copyOf(rows);
        Objects.requireNonNull(spoken, "spoken");
    }
}
