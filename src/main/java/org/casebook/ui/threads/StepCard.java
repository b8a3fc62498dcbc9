package org.casebook.ui.threads;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.DiffPart;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;

/**
 * One column of the compare view in words: the letter and its date, the marker, the concern as worded then, the
 * response (with the word diff from the previous column, empty when there is none to show), the response types and
 * the group's stance.
 */
public record StepCard(long itemId, String letter, String date, StepMarker marker, String markerLabel,
                       String markerHelp, String concern, Optional<String> response, List<DiffPart> diff,
                       String diffSpoken, String types, Stance stance, String stanceLabel) {
    public StepCard {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(markerLabel, "markerLabel");
        Objects.requireNonNull(markerHelp, "markerHelp");
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(response, "response");
        diff = List.copyOf(diff);
        Objects.requireNonNull(diffSpoken, "diffSpoken");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(stanceLabel, "stanceLabel");
    }
}
