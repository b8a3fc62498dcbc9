package org.casebook.domain.foi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The states of a request, named as WhatDoTheyKnow names them so members recognise them. "Long overdue" is not
 * here: like WhatDoTheyKnow, Casebook works it out from the clock ({@link Lateness}) rather than asking for it.
 */
public enum FoiState {
    AWAITING_RESPONSE("awaiting-response", Stage.WAITING),
    AWAITING_CLARIFICATION("awaiting-clarification", Stage.WAITING),
    SUCCESSFUL("successful", Stage.ANSWERED),
    PARTIALLY_SUCCESSFUL("partially-successful", Stage.ANSWERED),
    NOT_HELD("not-held", Stage.ANSWERED),
    REFUSED("refused", Stage.ANSWERED),
    INTERNAL_REVIEW("internal-review", Stage.REVIEW),
    ICO_COMPLAINT("ico-complaint", Stage.REVIEW),
    WITHDRAWN("withdrawn", Stage.CLOSED),
    DELIVERY_ERROR("delivery-error", Stage.CLOSED);

    /** Where a state sits in a request's life, which decides what may follow it. */
    public enum Stage { WAITING, ANSWERED, REVIEW, CLOSED }

    private final String key;
    private final Stage stage;

    FoiState(String key, Stage stage) {
        this.key = key;
        this.stage = stage;
    }

    /** The kebab-case name used on the command line, in JSON and as the message key's last part. */
    public String key() {
        return key;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the body owes an answer while the request is in this state, so the clock matters. */
    public boolean awaitsTheBody() {
        return this == AWAITING_RESPONSE || this == INTERNAL_REVIEW;
    }

    public static Optional<FoiState> byKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
