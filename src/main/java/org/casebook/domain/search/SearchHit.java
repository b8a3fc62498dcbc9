package org.casebook.domain.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Stance;

/**
 * One thing a search found. {@code itemId} and {@code path} are the item's when the hit is an item or belongs to one
 * (its note, its commitment, the FOI answer it holds); {@code sourceId} is the note's or commitment's own id.
 * {@code themeIds} and {@code stance} are the item's, for showing beside the hit.
 */
public record SearchHit(HitKind kind, long letterId, Optional<Long> itemId, Optional<String> path,
                        Optional<Long> sourceId, float score, Snippet snippet, String letterTitle,
                        Optional<String> itemLabel, List<String> themeIds, Optional<Stance> stance,
                        Optional<String> bodyName, Optional<LocalDate> date) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(letterTitle, "letterTitle");
        Objects.requireNonNull(itemLabel, "itemLabel");
        themeIds = List.copyOf(themeIds);
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(date, "date");
    }
}
