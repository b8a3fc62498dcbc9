package org.casebook.domain.foi;

import java.util.Arrays;
import java.util.Optional;

/** The section of the Freedom of Information Act 2000 a refusal cites, for the ones the group meets most. */
public enum Exemption {
    S12_COST("s12", "12"),
    S21_ACCESSIBLE("s21", "21"),
    S40_PERSONAL("s40", "40"),
    S43_COMMERCIAL("s43", "43"),
    OTHER("other", "");

    private final String key;
    private final String section;

    Exemption(String key, String section) {
        this.key = key;
        this.section = section;
    }

    public String key() {
        return key;
    }

    /** The section number as the Act numbers it, or empty for another exemption. */
    public String section() {
        return section;
    }

    public static Optional<Exemption> byKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.key.equals(wanted)).findFirst();
    }
}
