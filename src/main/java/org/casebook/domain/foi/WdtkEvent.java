package org.casebook.domain.foi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a WhatDoTheyKnow request's history as its JSON gives it: the event type ("sent", "response",
 * "status_update", "followup_sent", "comment", …), its day, and the state a person described with it, if any.
 */
public record WdtkEvent(String type, LocalDate date, Optional<String> describedState) {
    public WdtkEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(describedState, "describedState");
    }
}
