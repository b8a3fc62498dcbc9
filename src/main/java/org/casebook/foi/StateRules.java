package org.casebook.foi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;

/**
 * Which change of state may be recorded on a request, so its history stays one that WhatDoTheyKnow and the ICO
 * would recognise (an internal review follows an answer, an ICO complaint follows a review, an answer or a missed
 * deadline). A refusal is one calm sentence that names the problem and says what would be allowed: it is shown to
 * members as it is, and many of them live with anxiety, so it never blames and never shouts.
 */
public final class StateRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<FoiState> ANSWERABLE = EnumSet.of(FoiState.AWAITING_RESPONSE,
            FoiState.AWAITING_CLARIFICATION, FoiState.INTERNAL_REVIEW, FoiState.ICO_COMPLAINT);

    private final FoiClock clock;

    public StateRules(FoiClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Empty when {@code next} may be recorded on {@code date}; otherwise why not, in one sentence. */
    public Optional<String> refusal(FoiRequest request, FoiState next, LocalDate date, LocalDate today) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(today, "today");
        if (date.isAfter(today)) {
            return Optional.of("This date is in the future; please choose today or an earlier day.");
        }
        if (date.isBefore(request.sent())) {
            return Optional.of("This date is before the request was sent on " + DAY.format(request.sent())
                    + "; please choose that day or a later one.");
        }
        if (date.isBefore(request.stateSince())) {
            return Optional.of("This date is before the request's last recorded change on "
                    + DAY.format(request.stateSince()) + "; please choose that day or a later one.");
        }
        FoiState now = request.state();
        if (now == next) {
            return Optional.of("This request is already marked as " + name(now)
                    + ", so there is nothing new to record.");
        }
        return transition(request, now, next, date);
    }

    /** Empty when a request may be recorded as sent on {@code sent}; otherwise why not, in one sentence. */
    public Optional<String> sentRefusal(LocalDate sent, LocalDate today) {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(today, "today");
        return sent.isAfter(today)
                ? Optional.of("The date sent is in the future; please choose today or an earlier day.")
                : Optional.empty();
    }

    private Optional<String> transition(FoiRequest request, FoiState now, FoiState next, LocalDate date) {
        boolean answered = now.stage() == FoiState.Stage.ANSWERED;
        return switch (next) {
            case AWAITING_CLARIFICATION -> unless(now == FoiState.AWAITING_RESPONSE,
                    "A request for clarification can only be recorded while the request is awaiting a response; "
                            + currently(now));
            case AWAITING_RESPONSE -> unless(now == FoiState.AWAITING_CLARIFICATION || now == FoiState.DELIVERY_ERROR,
                    "A request goes back to awaiting a response once a clarification is sent or once it is sent "
                            + "again after a delivery error; " + currently(now));
            case SUCCESSFUL, PARTIALLY_SUCCESSFUL, NOT_HELD, REFUSED -> unless(ANSWERABLE.contains(now),
                    "An answer can be recorded while the request is awaiting a response or clarification, under "
                            + "internal review or with the ICO; " + currently(now));
            case INTERNAL_REVIEW -> unless(answered || overdue(request, date),
                    "An internal review can only be asked for once the body has answered, or once its answer is "
                            + "overdue; " + stillWaiting(request, now, date));
            case ICO_COMPLAINT -> unless(answered || now == FoiState.INTERNAL_REVIEW || overdue(request, date),
                    "A complaint to the ICO can be recorded after an answer, after an internal review, or once the "
                            + "answer is overdue; " + stillWaiting(request, now, date));
            case WITHDRAWN -> Optional.empty();
            case DELIVERY_ERROR -> unless(now == FoiState.AWAITING_RESPONSE,
                    "A delivery error can only be recorded while the request is awaiting a response; "
                            + currently(now));
        };
    }

    private boolean overdue(FoiRequest request, LocalDate date) {
        return request.state() == FoiState.AWAITING_RESPONSE && clock.clockOf(request, date).overdue();
    }

    private String stillWaiting(FoiRequest request, FoiState now, LocalDate date) {
        if (now == FoiState.AWAITING_RESPONSE) {
            return "this request is still awaiting a response, due by "
                    + DAY.format(clock.clockOf(request, date).due()) + ".";
        }
        return currently(now);
    }

    private static String currently(FoiState now) {
        return "this request is currently marked as " + name(now) + ".";
    }

    private static Optional<String> unless(boolean allowed, String sentence) {
        return allowed ? Optional.empty() : Optional.of(sentence);
    }

    /** The state as a member would say it, after "marked as". */
    static String name(FoiState state) {
        return switch (state) {
            case AWAITING_RESPONSE -> "awaiting a response";
            case AWAITING_CLARIFICATION -> "awaiting clarification";
            case SUCCESSFUL -> "successful";
            case PARTIALLY_SUCCESSFUL -> "partially successful";
            case NOT_HELD -> "information not held";
            case REFUSED -> "refused";
            case INTERNAL_REVIEW -> "under internal review";
            case ICO_COMPLAINT -> "an ICO complaint";
            case WITHDRAWN -> "withdrawn";
            case DELIVERY_ERROR -> "a delivery error";
        };
    }
}
