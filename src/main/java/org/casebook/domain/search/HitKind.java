package org.casebook.domain.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search hit is: a whole letter, one item, a member's note, a commitment, or a body's answer to a FOI question. */
public enum HitKind {
    LETTER, ITEM, NOTE, COMMITMENT, FOI_ANSWER;

    /** The name used on the command line, in JSON and in the index: {@code letter}, {@code foi-answer}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<HitKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
