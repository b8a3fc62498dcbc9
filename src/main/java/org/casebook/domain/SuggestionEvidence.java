package org.casebook.domain;

import java.util.Objects;

/**
 * Why Casebook suggested something: the rule that fired (e.g. {@code phrase "no knowledge of"}) and the words of the
 * letter it matched. Shown to the member on hover; kept with the suggestion until it is accepted or rejected.
 */
public record SuggestionEvidence(String rule, String matched) {
    public SuggestionEvidence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matched, "matched");
    }
}
