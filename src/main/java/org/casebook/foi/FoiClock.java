package org.casebook.foi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.RequestClock;
import org.casebook.domain.foi.StateChange;

/**
 * Works out a request's dates the way the Freedom of Information Act 2000 and the ICO's guidance count them, so
 * members see the same "overdue" that WhatDoTheyKnow and the ICO would.
 * <ul>
 * <li>Due: the 20th working day after receipt (s.10(1)); the day it was sent is taken as the day received.</li>
 * <li>Clarification: when the body asked for clarification and the group replied (the entry after "awaiting
 * clarification"), the request counts as received on the reply's date (s.1(3) with s.10(6)), so the 20 days start
 * again from it. While the body waits for the group nothing is owed ({@link Lateness#NOT_WAITING}).</li>
 * <li>Long overdue: past the 40th working day after receipt, the most the ICO accepts even with a public-interest
 * extension (s.10(3)); WhatDoTheyKnow calls this "long overdue".</li>
 * <li>Internal review: the s.45 Code of Practice (2018) and the ICO's guidance expect it within 20 working days of
 * the request for review and never more than 40; counted from the latest "internal review" entry.</li>
 * <li>Complaint to the ICO: the ICO usually expects a complaint within three calendar months of the last meaningful
 * contact with the body: the latest answer or review outcome, or, when the body never answered, the date it was
 * due.</li>
 * </ul>
 */
public final class FoiClock {

    private static final int DAYS_ALLOWED = 20;
    private static final int DAYS_AT_MOST = 40;
    private static final int MONTHS_TO_COMPLAIN = 3;

    private final WorkingDays workingDays;

    public FoiClock(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    public RequestClock clockOf(FoiRequest request, LocalDate on) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(on, "on");
        List<StateChange> history = request.history();
        LocalDate received = receipt(request);
        LocalDate due = workingDays.after(received, DAYS_ALLOWED);
        LocalDate longOverdueAfter = workingDays.after(received, DAYS_AT_MOST);

        Optional<LocalDate> reviewAsked = latest(history, s -> s == FoiState.INTERNAL_REVIEW);
        Optional<LocalDate> reviewDue = reviewAsked.map(d -> workingDays.after(d, DAYS_ALLOWED));
        Optional<LocalDate> reviewLatest = reviewAsked.map(d -> workingDays.after(d, DAYS_AT_MOST));

        Optional<LocalDate> lastAnswer = latest(history, s -> s.stage() == FoiState.Stage.ANSWERED);
        FoiState state = request.state();
        boolean neverAnsweredAndLate = lastAnswer.isEmpty() && on.isAfter(due)
                && state != FoiState.AWAITING_CLARIFICATION && state.stage() != FoiState.Stage.CLOSED;
        Optional<LocalDate> icoBy = lastAnswer.or(() -> neverAnsweredAndLate ? Optional.of(due) : Optional.empty())
                .map(d -> d.plusMonths(MONTHS_TO_COMPLAIN));

        Lateness lateness = Lateness.NOT_WAITING;
        int late = 0;
        if (state == FoiState.AWAITING_RESPONSE) {
            lateness = lateness(on, due, longOverdueAfter);
            late = lateness.isLate() ? workingDays.between(due, on) : 0;
        } else if (state == FoiState.INTERNAL_REVIEW && reviewDue.isPresent()) {
            lateness = lateness(on, reviewDue.get(), reviewLatest.get());
            late = lateness.isLate() ? workingDays.between(reviewDue.get(), on) : 0;
        }
        return new RequestClock(on, due, reviewDue, reviewLatest, icoBy, lateness, late);
    }

    /** The day the request counts as received: when it was sent, or the group's latest answer to a clarification. */
    private static LocalDate receipt(FoiRequest request) {
        List<StateChange> history = request.history();
        LocalDate received = request.sent();
        for (int i = 0; i + 1 < history.size(); i++) {
            if (history.get(i).state() == FoiState.AWAITING_CLARIFICATION) {
                received = history.get(i + 1).date();
            }
        }
        return received;
    }

    private static Optional<LocalDate> latest(List<StateChange> history, Predicate<FoiState> which) {
        return history.stream().filter(c -> which.test(c.state())).map(StateChange::date)
                .reduce((a, b) -> b.isAfter(a) ? b : a);
    }

    private static Lateness lateness(LocalDate on, LocalDate due, LocalDate atMost) {
        if (on.isAfter(atMost)) {
            return Lateness.LONG_OVERDUE;
        }
        return on.isAfter(due) ? Lateness.OVERDUE : Lateness.ON_TIME;
    }
}
