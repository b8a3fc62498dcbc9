package org.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether the body kept what it promised. */
public enum CommitmentStatus {
    OPEN("open"),
    KEPT("kept"),
    BROKEN("broken"),
    UNCLEAR("unclear");

    private final String code;

    CommitmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CommitmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
