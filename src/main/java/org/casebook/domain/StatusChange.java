package org.casebook.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a commitment's status history, with the evidence for it. */
public record StatusChange(LocalDate date, CommitmentStatus status, String evidence) {
    public StatusChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }
}
