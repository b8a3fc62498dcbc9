package org.casebook.importing.model;

/** A stretch [start, end) of a line's characters set in one style. */
public record StyleRun(int start, int end, boolean italic, boolean bold) {
    public StyleRun {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad run [" + start + ", " + end + ")");
        }
    }
}
