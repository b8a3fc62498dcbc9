package org.casebook.domain.foi;

/**
 * How late a body is with what it owes, as WhatDoTheyKnow shows it: overdue after the 20 working days the Act
 * allows, long overdue after 40 (the most the ICO accepts even for a public-interest extension).
 */
public enum Lateness {
    /** Nothing is owed now: answered, withdrawn, waiting on the group's clarification. */
    NOT_WAITING,
    ON_TIME,
    OVERDUE,
    LONG_OVERDUE;

    public boolean isLate() {
        return this == OVERDUE || this == LONG_OVERDUE;
    }
}
