package org.casebook.ui.campaigns;

import java.util.function.Predicate;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.MatrixRow;

/** Which bodies the answer matrix shows: all, the late ones, those that refused something, those with a gap. */
public enum MatrixFilter implements Predicate<MatrixRow> {
    ALL,
    OVERDUE,
    REFUSED,
    NOT_ANSWERED;

    @Override
    public boolean test(MatrixRow row) {
        return switch (this) {
            case ALL -> true;
            case OVERDUE -> row.clock().overdue();
            case REFUSED -> row.state() == FoiState.REFUSED
                    || row.cells().stream().anyMatch(c -> c.kind() == AnswerKind.REFUSED);
            case NOT_ANSWERED -> row.cells().isEmpty()
                    || row.cells().stream().anyMatch(c -> c.kind() == AnswerKind.NOT_ANSWERED);
        };
    }
}
