package org.casebook.ui.commitments;

import java.util.function.Predicate;
import org.casebook.domain.CommitmentStatus;

/** Which commitments the register shows. */
public enum StatusFilter {
    ALL(row -> true),
    SUGGESTED(row -> row.commitment().status() == CommitmentStatus.SUGGESTED),
    OPEN(row -> row.commitment().status() == CommitmentStatus.OPEN),
    OVERDUE(CommitmentRow::overdue),
    KEPT(row -> row.commitment().status() == CommitmentStatus.KEPT),
    BROKEN(row -> row.commitment().status() == CommitmentStatus.BROKEN),
    UNCLEAR(row -> row.commitment().status() == CommitmentStatus.UNCLEAR);

    private final Predicate<CommitmentRow> test;

    StatusFilter(Predicate<CommitmentRow> test) {
        this.test = test;
    }

    public boolean accepts(CommitmentRow row) {
        return test.test(row);
    }
}
