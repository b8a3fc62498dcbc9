package org.casebook.domain;

/** A half-open range of characters [start, end) in a letter's full text. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
