package org.casebook.domain.search;

/**
 * A query that cannot be read, with where the problem is: {@code position} counts characters from 0 in the query as
 * typed, so a screen can put the caret there and the command line can point at it.
 */
public final class BadQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public BadQueryException(String message, int position) {
        super(message);
        this.position = Math.max(0, position);
    }

    public int position() {
        return position;
    }
}
