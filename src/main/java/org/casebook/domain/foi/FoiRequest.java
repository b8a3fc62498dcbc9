package org.casebook.domain.foi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One campaign's questions as sent to one body, on one day, with its history (oldest first; the first entry is
 * always "awaiting response" on the day it was sent) and, when it went through WhatDoTheyKnow, its page.
 */
public record FoiRequest(long id, long campaignId, long bodyId, LocalDate sent, Optional<String> url,
        List<StateChange> history) {

    public FoiRequest {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(url, "url");
        history = history.stream().sorted(Comparator.comparing(StateChange::date)).toList();
    }

    /** The state it is in now: the last of its history, or awaiting a response when nothing has happened yet. */
    public FoiState state() {
        return history.isEmpty() ? FoiState.AWAITING_RESPONSE : history.get(history.size() - 1).state();
    }

    /** The day it entered its present state. */
    public LocalDate stateSince() {
        return history.isEmpty() ? sent : history.get(history.size() - 1).date();
    }

    public FoiRequest withHistory(List<StateChange> newHistory) {
        return new FoiRequest(id, campaignId, bodyId, sent, url, newHistory);
    }
}
