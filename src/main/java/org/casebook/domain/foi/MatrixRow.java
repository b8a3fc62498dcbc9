package org.casebook.domain.foi;

import java.util.List;
import java.util.Objects;

/** One body's row of the answer matrix: its request, where the request stands, and a cell per question. */
public record MatrixRow(long requestId, long bodyId, String bodyName, List<String> bodyTags, FoiState state,
        RequestClock clock, List<MatrixCell> cells) {
    public MatrixRow {
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(clock, "clock");
        bodyTags = List.copyOf(bodyTags);
        cells = List.copyOf(cells);
    }

    public MatrixCell cell(int question) {
        return cells.stream().filter(c -> c.question() == question).findFirst()
                .orElseGet(() -> MatrixCell.unanswered(question));
    }
}
