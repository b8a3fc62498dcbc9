package org.casebook.domain.foi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** A campaign's answers side by side: one row per body asked, one column per question. */
public record AnswerMatrix(Campaign campaign, List<MatrixRow> rows) {
    public AnswerMatrix {
        Objects.requireNonNull(campaign, "campaign");
        rows = List.copyOf(rows);
    }

    /** How many bodies gave each kind of answer to one question ("31 of 54 Trusts …"). */
    public Map<AnswerKind, Integer> counts(int question) {
        Map<AnswerKind, Integer> counts = new EnumMap<>(AnswerKind.class);
        for (AnswerKind kind : AnswerKind.values()) {
            counts.put(kind, 0);
        }
        for (MatrixRow row : rows) {
            counts.merge(row.cell(question).kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** The same matrix with only the rows that pass the filter; the counts follow. */
    public AnswerMatrix filtered(Predicate<MatrixRow> keep) {
        return new AnswerMatrix(campaign, rows.stream().filter(keep).toList());
    }
}
