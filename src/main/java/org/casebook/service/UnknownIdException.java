package org.casebook.service;

import java.util.List;
import java.util.Objects;

/**
 * A request named something the case does not have (a meeting, letter, theme or thread id). It says what the case
 * does have, so a typo is one clear line rather than an empty or wrong result.
 *
 * @see PackService#build
 */
public final class UnknownIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What kind of thing was named. */
    public enum Kind {
        MEETING, LETTER, THEME, THREAD;

        /** The word for it, as a member writes it: "meeting". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;
    private final String id;
    private final List<String> known;

    UnknownIdException(Kind kind, Object id, List<String> known) {
        super("The case has no " + Objects.requireNonNull(kind, "kind").word() + " " + id
                + (known.isEmpty() ? "." : "; it has " + String.join(", ", known) + "."));
        this.kind = kind;
        this.id = String.valueOf(id);
        this.known = List.copyOf(known);
    }

    public Kind kind() {
        return kind;
    }

    /** The id as it was given. */
    public String id() {
        return id;
    }

    /** What the case has of that kind, each as "id (name)". */
    public List<String> known() {
        return known;
    }
}
