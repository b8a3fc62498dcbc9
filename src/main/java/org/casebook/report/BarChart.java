package org.casebook.report;

import java.util.List;
import org.casebook.report.PackModel.Count;

/** A horizontal bar chart of a pack: one labelled bar per count. */
record BarChart(String id, String title, List<Count> bars) {
    BarChart {
        bars = List.copyOf(bars);
    }

    int max() {
        return bars.stream().mapToInt(Count::count).max().orElse(0);
    }
}
