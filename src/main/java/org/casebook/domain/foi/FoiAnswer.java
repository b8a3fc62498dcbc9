package org.casebook.domain.foi;

import java.util.Objects;
import java.util.Optional;

/**
 * How one request's question was answered: its kind, the exemption when refused, and the item that holds the
 * answer's words (absent when the response left the question out).
 */
public record FoiAnswer(long requestId, int question, AnswerKind kind, Optional<Exemption> exemption,
        Optional<Long> itemId) {
    public FoiAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exemption, "exemption");
        Objects.requireNonNull(itemId, "itemId");
        if (exemption.isPresent() && kind != AnswerKind.REFUSED && kind != AnswerKind.PARTLY_ANSWERED) {
            throw new IllegalArgumentException("Only a refusal, whole or in part, cites an exemption");
        }
    }
}
