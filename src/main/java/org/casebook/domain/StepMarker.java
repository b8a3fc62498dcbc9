package org.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How one step of a thread answers the concern compared with the step before it (ADR 0011). {@link #CHANGED} is
 * not in the list: it is the honest name for a reworded answer that moved neither way.
 */
public enum StepMarker {
    NEW("new"),
    REPEATED("repeated"),
    SOFTENED("softened"),
    HARDENED("hardened"),
    REVERSED("reversed"),
    UNANSWERED("unanswered"),
    CHANGED("changed");

    private final String code;

    StepMarker(String code) {
        this.code = code;
    }

    /** The stable code used in the JSON export and on the command line. */
    public String code() {
        return code;
    }

    public static Optional<StepMarker> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
