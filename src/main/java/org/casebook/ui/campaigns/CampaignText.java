package org.casebook.ui.campaigns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.RequestClock;
import org.casebook.ui.common.Messages;

/**
 * The words of FOI campaigns: states as WhatDoTheyKnow names them (so members recognise them from the site), how late
 * a body is in working days, and what each answer of the matrix was. Every key is named here as a literal.
 */
public final class CampaignText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Messages messages;

    public CampaignText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** The state as WhatDoTheyKnow shows it; "Long overdue" comes from the clock, not from the history. */
    public String state(FoiState state, Lateness lateness) {
        if (state.awaitsTheBody() && lateness == Lateness.LONG_OVERDUE) {
            return messages.get("campaigns.state.longOverdue");
        }
        return state(state);
    }

    public String state(FoiState state) {
        return switch (state) {
            case AWAITING_RESPONSE -> messages.get("campaigns.state.awaitingResponse");
            case AWAITING_CLARIFICATION -> messages.get("campaigns.state.awaitingClarification");
            case SUCCESSFUL -> messages.get("campaigns.state.successful");
            case PARTIALLY_SUCCESSFUL -> messages.get("campaigns.state.partiallySuccessful");
            case NOT_HELD -> messages.get("campaigns.state.notHeld");
            case REFUSED -> messages.get("campaigns.state.refused");
            case INTERNAL_REVIEW -> messages.get("campaigns.state.internalReview");
            case ICO_COMPLAINT -> messages.get("campaigns.state.icoComplaint");
            case WITHDRAWN -> messages.get("campaigns.state.withdrawn");
            case DELIVERY_ERROR -> messages.get("campaigns.state.deliveryError");
        };
    }

    /** "5 working days late", or nothing when the body is not late. */
    public String late(RequestClock clock) {
        return clock.overdue() ? late(clock.workingDaysLate()) : "";
    }

    public String late(int workingDays) {
        return messages.format("campaigns.late", workingDays);
    }

    public String reviewDue(RequestClock clock) {
        return clock.internalReviewDue().map(CampaignText::date).orElse("");
    }

    public String kind(AnswerKind kind) {
        return switch (kind) {
            case ANSWERED -> messages.get("campaigns.kind.answered");
            case PARTLY_ANSWERED -> messages.get("campaigns.kind.partlyAnswered");
            case NOT_HELD -> messages.get("campaigns.kind.notHeld");
            case REFUSED -> messages.get("campaigns.kind.refused");
            case NOT_ANSWERED -> messages.get("campaigns.kind.notAnswered");
        };
    }

    /** "Refused (s.12)": the kind, with the section of the Act a refusal cites. */
    public String kind(MatrixCell cell) {
        Optional<String> section = cell.exemption().map(e -> e.section().isEmpty()
                ? messages.get("campaigns.exemption.other") : messages.format("campaigns.exemption.section", e.section()));
        return section.map(s -> messages.format("campaigns.kind.withExemption", kind(cell.kind()), s))
                .orElseGet(() -> kind(cell.kind()));
    }

    /** The first words of an answer, short enough for a table cell. */
    public static String firstWords(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.length() <= 60 ? clean : clean.substring(0, 57).strip() + "…";
    }
}
