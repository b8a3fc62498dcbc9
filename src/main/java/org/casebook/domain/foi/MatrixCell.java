package org.casebook.domain.foi;

import java.util.Objects;
import java.util.Optional;

/** One body's answer to one question: its kind, the exemption cited, the answer's first words, and its item. */
public record MatrixCell(int question, AnswerKind kind, Optional<Exemption> exemption, String firstWords,
        Optional<Long> itemId) {
    public MatrixCell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exemption, "exemption");
        Objects.requireNonNull(firstWords, "firstWords");
        Objects.requireNonNull(itemId, "itemId");
    }

    /** The cell of a question no response has answered yet. */
    public static MatrixCell unanswered(int question) {
        return new MatrixCell(question, AnswerKind.NOT_ANSWERED, Optional.empty(), "", Optional.empty());
    }
}
