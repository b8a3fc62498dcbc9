package org.casebook.ui.threads;

import java.util.Objects;
import org.casebook.domain.LinkSuggestion;

/**
 * A suggested link in words: how alike the two concerns read, and each item's place ("2 of “Reply…”") and its
 * concern's first line, the earlier letter's first. {@code spoken} is what a screen reader says for the row.
 */
public record SuggestionRow(LinkSuggestion link, String score, String firstPlace, String firstConcern,
                            String secondPlace, String secondConcern, String spoken) {
    public SuggestionRow {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(firstPlace, "firstPlace");
        Objects.requireNonNull(firstConcern, "firstConcern");
        Objects.requireNonNull(secondPlace, "secondPlace");
        Objects.requireNonNull(secondConcern, "secondConcern");
        Objects.requireNonNull(spoken, "spoken");
    }
}
