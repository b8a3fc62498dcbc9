package org.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/** The group's view of one response. */
public enum Stance {
    UNDECIDED("undecided"),
    AGREE("agree"),
    PARTLY_AGREE("partly-agree"),
    DISPUTE("dispute"),
    UNANSWERED("unanswered");

    private final String code;

    Stance(String code) {
        this.code = code;
    }

    /** The stable code used in the database and in the JSON export. */
    public String code() {
        return code;
    }

    public static Optional<Stance> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
