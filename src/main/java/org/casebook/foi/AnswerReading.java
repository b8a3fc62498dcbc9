package org.casebook.foi;

import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Exemption;

/**
 * What a response's wording suggests about one answer: its kind, the exemption it cites, and the sentence that
 * decided (absent when nothing did, as for a plain answer). A suggestion for a member to confirm, not a verdict.
 */
public record AnswerReading(AnswerKind kind, Optional<Exemption> exemption, Optional<String> evidence) {
    public AnswerReading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exemption, "exemption");
        Objects.requireNonNull(evidence, "evidence");
        if (exemption.isPresent() && kind != AnswerKind.REFUSED && kind != AnswerKind.PARTLY_ANSWERED) {
            throw new IllegalArgumentException("Only a refusal, whole or in part, cites an exemption");
        }
    }
}
