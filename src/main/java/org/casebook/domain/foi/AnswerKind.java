package org.casebook.domain.foi;

import java.util.Arrays;
import java.util.Optional;

/** What a body did with one question: the cell of the answer matrix. */
public enum AnswerKind {
    ANSWERED("answered"),
    PARTLY_ANSWERED("partly-answered"),
    NOT_HELD("not-held"),
    REFUSED("refused"),
    NOT_ANSWERED("not-answered");

    private final String key;

    AnswerKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<AnswerKind> byKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }
}
