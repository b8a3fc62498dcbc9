package org.casebook.ui.threads;

import java.util.List;
import java.util.Objects;
import org.casebook.domain.Stance;
import org.casebook.domain.StepMarker;

/**
 * The group's "who answered what" table: a row per thread, a column per body (or meeting), and in each cell the
 * thread's items answered there, each with its response types, the group's stance and its marker.
 */
public record Matrix(List<String> columns, List<Row> rows) {

    public Matrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Matrix empty() {
        return new Matrix(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A thread's row: one list of entries per column, empty where the body (or meeting) never answered it. */
    public record Row(long threadId, String title, List<List<Entry>> cells) {
        public Row {
            Objects.requireNonNull(title, "title");
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** One item in a cell; {@code when} names its letter's date, {@code spoken} is what a screen reader says. */
    public record Entry(long itemId, String when, String types, Stance stance, String stanceLabel, StepMarker marker,
                        String markerLabel, String spoken) {
        public Entry {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(stanceLabel, "stanceLabel");
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(markerLabel, "markerLabel");
            Objects.requireNonNull(spoken, "spoken");
        }
    }

    /** What the columns are. */
    public enum Axis { BODIES, MEETINGS }
}
