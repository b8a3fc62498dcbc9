package org.casebook.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.casebook.domain.foi.RequestClock;

/**
 * FOI campaigns' answer matrices built by hand for pack tests, on 3 December 2026.
 *
 * <p>{@link #peerSupport()}: three questions to five bodies, listed out of alphabetical order on purpose.
 * <ul>
 * <li>Riverside NHS Foundation Trust: Q1 and Q2 answered, Q3 refused under s.12 (cost). On time.</li>
 * <li>Ashfield Health Board: nothing yet; due 24 November, 7 working days late.</li>
 * <li>Moorland Partnership NHS Trust: Q1 answered (the answer opens "Dear Tamar"), Q2 partly answered with s.40
 *     cited, Q3 not held.</li>
 * <li>Coastal Care NHS Trust: nothing yet; due 28 October, 26 working days late, long overdue.</li>
 * <li>Brookvale NHS Trust: Q1 and Q3 answered, Q2 refused citing no exemption.</li>
 * </ul>
 * So: Q1 3 of 5 answered, 2 not answered; Q2 1 answered, 1 partly, 1 refused, 2 not answered; Q3 1 answered,
 * 1 not held, 1 refused, 2 not answered.
 */
final class CampaignMatrices {

    static final LocalDate ON = LocalDate.of(2026, 12, 3);
    static final String TITLE = "Peer support workers";
    static final String LONG_ANSWER = "We employed 14 peer support workers (11.2 whole time equivalent) on 1 April "
            + "2026, across adult, older adult and children's services, with two more posts being recruited.";

    private static final List<String> QUESTIONS = List.of(
            "How many peer support workers did the Trust employ on 1 April 2026?",
            "What is the lowest pay band a peer support worker is employed on?",
            "How much did the Trust spend on lived experience involvement in 2025/26?",
            "Does the Trust pay people for their time on interview panels, and at what rate?",
            "How many complaints about peer support did the Trust receive in 2025/26?",
            "Who on the Board is responsible for lived experience involvement?",
            "Does the Trust have a written policy on paying for involvement? Please send a copy.",
            "How many lived experience roles were vacant on 1 April 2026?");

    private static final List<String> PLACES = List.of("Ashfield", "Brookvale", "Coastal", "Dalesford", "Eastmoor",
            "Fernhill", "Glenwood", "Harbourside", "Ironbridge", "Juniper Vale");
    private static final List<String> KINDS = List.of("NHS Trust", "NHS Foundation Trust", "Health Board",
            "Partnership NHS Trust", "Integrated Care Board");

    private CampaignMatrices() {
    }

    static AnswerMatrix peerSupport() {
        Campaign campaign = campaign(TITLE, 3);
        return new AnswerMatrix(campaign, List.of(
                row(1, "Riverside NHS Foundation Trust", FoiState.PARTIALLY_SUCCESSFUL, onTime(),
                        answered(1, LONG_ANSWER), answered(2, "Band 3."),
                        refused(3, Optional.of(Exemption.S12_COST), "")),
                row(2, "Ashfield Health Board", FoiState.AWAITING_RESPONSE,
                        late(LocalDate.of(2026, 11, 24), Lateness.OVERDUE, 7)),
                row(3, "Moorland Partnership NHS Trust", FoiState.PARTIALLY_SUCCESSFUL, onTime(),
                        answered(1, "Dear Tamar, thank you for your request. We employ 9 peer workers."),
                        new MatrixCell(2, AnswerKind.PARTLY_ANSWERED, Optional.of(Exemption.S40_PERSONAL),
                                "Bands 3 and 4; numbers per band are withheld as they could identify staff.",
                                Optional.empty()),
                        new MatrixCell(3, AnswerKind.NOT_HELD, Optional.empty(),
                                "The Trust does not record this spending separately.", Optional.empty())),
                row(4, "Coastal Care NHS Trust", FoiState.AWAITING_RESPONSE,
                        late(LocalDate.of(2026, 10, 28), Lateness.LONG_OVERDUE, 26)),
                row(5, "Brookvale NHS Trust", FoiState.PARTIALLY_SUCCESSFUL, onTime(),
                        answered(1, "Six."), refused(2, Optional.empty(), "We are unable to provide this."),
                        answered(3, "£4,250 in payments to people with lived experience."))));
    }

    /**
     * A campaign of {@code questions} questions (up to 8) to {@code bodies} bodies with a mix of every kind of answer,
     * some bodies late, some refusals; the same numbers give the same matrix.
     */
    static AnswerMatrix many(String title, int bodies, int questions) {
        Campaign campaign = campaign(title, questions);
        List<MatrixRow> rows = new ArrayList<>();
        for (int b = 0; b < bodies; b++) {
            String name = PLACES.get(b % PLACES.size()) + (b >= PLACES.size() ? " " + (char) ('A' + b / PLACES.size() - 1)
                    : "") + " " + KINDS.get(b % KINDS.size());
            boolean silent = b % 7 == 3;
            int daysLate = 2 * b + 1;
            RequestClock clock = silent ? late(ON.minusDays(daysLate * 7L / 5), daysLate > 20 ? Lateness.LONG_OVERDUE
                    : Lateness.OVERDUE, daysLate) : onTime();
            List<MatrixCell> cells = new ArrayList<>();
            for (int q = 1; q <= questions && !silent; q++) {
                cells.add(switch ((b + q) % 6) {
                    case 0, 1 -> answered(q, "We employ " + (b + q) + " people in these roles across our services.");
                    case 2 -> new MatrixCell(q, AnswerKind.PARTLY_ANSWERED, Optional.empty(),
                            "Some of this is published in our annual report.", Optional.empty());
                    case 3 -> refused(q, Optional.of(b % 2 == 0 ? Exemption.S12_COST : Exemption.S43_COMMERCIAL),
                            "Finding this would take more than 18 hours.");
                    case 4 -> new MatrixCell(q, AnswerKind.NOT_HELD, Optional.empty(), "Not recorded.",
                            Optional.empty());
                    default -> MatrixCell.unanswered(q);
                });
            }
            rows.add(row(100 + b, name, silent ? FoiState.AWAITING_RESPONSE : FoiState.SUCCESSFUL, clock,
                    cells.toArray(MatrixCell[]::new)));
        }
        return new AnswerMatrix(campaign, rows);
    }

    private static Campaign campaign(String title, int questions) {
        List<CampaignQuestion> asked = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            asked.add(new CampaignQuestion(i + 1, QUESTIONS.get(i)));
        }
        return new Campaign(7, title, asked, Campaign.DEFAULT_TEMPLATE, LocalDate.of(2026, 9, 1));
    }

    private static MatrixRow row(long id, String body, FoiState state, RequestClock clock, MatrixCell... cells) {
        return new MatrixRow(id, id, body, List.of("nhstrust"), state, clock, List.of(cells));
    }

    private static MatrixCell answered(int question, String words) {
        return new MatrixCell(question, AnswerKind.ANSWERED, Optional.empty(), words, Optional.empty());
    }

    private static MatrixCell refused(int question, Optional<Exemption> exemption, String words) {
        return new MatrixCell(question, AnswerKind.REFUSED, exemption, words, Optional.empty());
    }

    private static RequestClock onTime() {
        return new RequestClock(ON, ON.plusDays(5), Optional.empty(), Optional.empty(), Optional.empty(),
                Lateness.NOT_WAITING, 0);
    }

    private static RequestClock late(LocalDate due, Lateness lateness, int days) {
        return new RequestClock(ON, due, Optional.empty(), Optional.empty(), Optional.empty(), lateness, days);
    }
}
