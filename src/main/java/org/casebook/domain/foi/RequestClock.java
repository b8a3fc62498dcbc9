package org.casebook.domain.foi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Every date a request's history gives rise to, on a given day: when the answer is due (restarted when a
 * clarification was answered), when an internal review is due and at the latest, by when the ICO expects a
 * complaint, and how many working days late the body is.
 */
public record RequestClock(LocalDate on, LocalDate due, Optional<LocalDate> internalReviewDue,
        Optional<LocalDate> internalReviewLatest, Optional<LocalDate> icoComplaintBy, Lateness lateness,
        int workingDaysLate) {
    public RequestClock {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(internalReviewDue, "internalReviewDue");
        Objects.requireNonNull(internalReviewLatest, "internalReviewLatest");
        Objects.requireNonNull(icoComplaintBy, "icoComplaintBy");
        Objects.requireNonNull(lateness, "lateness");
        if (workingDaysLate < 0) {
            throw new IllegalArgumentException("working days late cannot be negative");
        }
    }

    public boolean overdue() {
        return lateness.isLate();
    }
}
