package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;

/** The forms for a commitment, behind an interface so view models can be tested with a fake. Empty means cancelled. */
public interface CommitmentDialogs {

    /** What the member can type about a commitment. */
    record Draft(String text, String owner, Optional<LocalDate> due) {
        public Draft {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A new status, the day it became so, and the evidence for it. */
    record StatusDraft(CommitmentStatus status, LocalDate date, String evidence) {
        public StatusDraft {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** Asks for a commitment's words, owner and due date, starting from {@code initial}. */
    Optional<Draft> edit(String title, Draft initial);

    /** Asks for a new status of {@code commitment}, dated {@code today} unless the member changes it. */
    Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today);
}
