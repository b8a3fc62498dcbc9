package org.casebook.exchange.foi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;

/**
 * An answer matrix laid out for publishing, the same in every format: Body, State, Due, Working days late, then a
 * column per question. The words are plain English for readers who have never seen Casebook; the state names follow
 * WhatDoTheyKnow's, which readers of FOI campaigns already know.
 */
public final class MatrixTable {

    /** The fixed columns before the questions; writers that type their cells (XLSX) find them by these. */
    public static final int BODY = 0;
    public static final int STATE = 1;
    public static final int DUE = 2;
    public static final int DAYS_LATE = 3;
    public static final int FIRST_QUESTION = 4;

    private static final int HEADING_WORDS = 8;

    private MatrixTable() {
    }

    public static List<String> header(AnswerMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("Body", "State", "Due", "Working days late"));
        for (CampaignQuestion question : matrix.campaign().questions()) {
            header.add("Q" + question.number() + " " + firstWords(question.text(), HEADING_WORDS));
        }
        return header;
    }

    /** One row of text per body; the due date as yyyy-mm-dd and days late as digits, blank when nothing is owed. */
    public static List<String> row(AnswerMatrix matrix, MatrixRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.bodyName());
        cells.add(stateLabel(row.state(), row.clock().lateness()));
        cells.add(row.clock().due().toString());
        cells.add(row.clock().lateness() == Lateness.NOT_WAITING ? "" : String.valueOf(row.clock().workingDaysLate()));
        for (CampaignQuestion question : matrix.campaign().questions()) {
            cells.add(cellText(row.cell(question.number())));
        }
        return cells;
    }

    public static String cellText(MatrixCell cell) {
        String label = kindLabel(cell.kind(), cell.exemption());
        return cell.firstWords().isBlank() ? label : label + ": " + cell.firstWords().strip();
    }

    /** "Refused (s.12 cost)": the section matters to readers, since a cost refusal invites a narrower request. */
    public static String kindLabel(AnswerKind kind, Optional<Exemption> exemption) {
        String label = switch (kind) {
            case ANSWERED -> "Answered";
            case PARTLY_ANSWERED -> "Partly answered";
            case NOT_HELD -> "Not held";
            case REFUSED -> "Refused";
            case NOT_ANSWERED -> "Not answered";
        };
        return exemption.map(e -> label + " (" + exemptionLabel(e) + ")").orElse(label);
    }

    public static String kindLabel(AnswerKind kind) {
        return kindLabel(kind, Optional.empty());
    }

    static String exemptionLabel(Exemption exemption) {
        return switch (exemption) {
            case S12_COST -> "s.12 cost";
            case S21_ACCESSIBLE -> "s.21 available elsewhere";
            case S40_PERSONAL -> "s.40 personal data";
            case S43_COMMERCIAL -> "s.43 commercial interests";
            case OTHER -> "other exemption";
        };
    }

    public static String stateLabel(FoiState state, Lateness lateness) {
        String label = switch (state) {
            case AWAITING_RESPONSE -> "Awaiting response";
            case AWAITING_CLARIFICATION -> "Awaiting clarification";
            case SUCCESSFUL -> "Successful";
            case PARTIALLY_SUCCESSFUL -> "Partially successful";
            case NOT_HELD -> "Information not held";
            case REFUSED -> "Refused";
            case INTERNAL_REVIEW -> "Awaiting internal review";
            case ICO_COMPLAINT -> "Complaint to the ICO";
            case WITHDRAWN -> "Withdrawn";
            case DELIVERY_ERROR -> "Delivery error";
        };
        return switch (lateness) {
            case OVERDUE -> label + " (overdue)";
            case LONG_OVERDUE -> label + " (long overdue)";
            default -> label;
        };
    }

    /** The first words of a text, with an ellipsis when some were left off. */
    static String firstWords(String text, int words) {
        String[] all = text.strip().split("\\s+");
        if (all.length <= words) {
            return String.join(" ", all);
        }
        return Arrays.stream(all).limit(words).collect(Collectors.joining(" ")) + " …";
    }
}
