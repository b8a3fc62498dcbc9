package org.casebook.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether a theme or response type on an item was confirmed by a member, only suggested, or rejected. */
public enum TagState {
    CONFIRMED("confirmed"),
    SUGGESTED("suggested"),
    REJECTED("rejected");

    private final String code;

    TagState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TagState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
