package org.casebook.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether the body kept what it promised. {@code SUGGESTED} and {@code REJECTED} are not yet (or never) promises in
 * the register: a sentence Casebook found that a member has not answered, or one a member turned down.
 */
public enum CommitmentStatus {
    OPEN("open"),
    KEPT("kept"),
    BROKEN("broken"),
    UNCLEAR("unclear"),
    SUGGESTED("suggested"),
    REJECTED("rejected");

    /** The statuses a member sets on a commitment in the register, in the order forms offer them. */
    public static final List<CommitmentStatus> TRACKED = List.of(OPEN, KEPT, BROKEN, UNCLEAR);

    private final String code;

    CommitmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a commitment with this status belongs in the register (it is not a suggestion, nor a rejected one). */
    public boolean isTracked() {
        return TRACKED.contains(this);
    }

    public static Optional<CommitmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
