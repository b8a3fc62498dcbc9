package org.casebook.domain;

import java.util.Objects;
import java.util.Optional;

/** One pair a labelled document should split into: how the question starts and, when answered, how the answer starts. */
public record LabelledPair(String question, Optional<String> answer) {
    public LabelledPair {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
