package org.casebook.analysis.model;

import java.util.List;

/** The three scores, and each disagreement as a line ("1/c theme pay-disparity", "closing commitment …"). */
public record EvaluationReport(Score themes, Score responseTypes, Score commitments, List<String> missed,
                               List<String> extra) {
    public EvaluationReport {
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }
}
