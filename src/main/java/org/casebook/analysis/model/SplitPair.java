package org.casebook.analysis.model;

import java.util.Objects;
import java.util.Optional;

/** One concern → response pair as a splitter gave it, as plain text, for scoring a split against labels. */
public record SplitPair(String concern, Optional<String> response) {
    public SplitPair {
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(response, "response");
    }
}
