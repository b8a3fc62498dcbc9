package org.casebook.exchange.foi;

import java.time.LocalDate;
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

/** A small answer matrix of three trusts and two questions, with a £, quotes, commas and a line break in its words. */
final class Matrices {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Matrices() {
    }

    static AnswerMatrix threeTrusts() {
        Campaign campaign = new Campaign(7, "Peer support workers", List.of(
                new CampaignQuestion(1, "How many peer support workers did the Trust employ on 31 March 2025, by band?"),
                new CampaignQuestion(2, "What did the Trust spend on lived experience roles in 2024/25?")),
                Campaign.DEFAULT_TEMPLATE, LocalDate.of(2026, 1, 5));
        MatrixRow leeds = new MatrixRow(1, 11, "Leeds Teaching Hospitals NHS Trust", List.of("nhstrust"),
                FoiState.SUCCESSFUL, clock(LocalDate.of(2026, 2, 3), Lateness.NOT_WAITING, 0), List.of(
                        cell(1, AnswerKind.ANSWERED, Optional.empty(), "42 in total, of whom 30 at band 3, \"most\""),
                        cell(2, AnswerKind.PARTLY_ANSWERED, Optional.empty(), "£1.2m in 2024/25;\nroles not split")));
        MatrixRow devon = new MatrixRow(2, 12, "Devon Partnership NHS Trust", List.of("nhstrust"),
                FoiState.REFUSED, clock(LocalDate.of(2026, 2, 3), Lateness.NOT_WAITING, 0), List.of(
                        cell(1, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST), "Locating the information would"),
                        cell(2, AnswerKind.NOT_HELD, Optional.empty(), "")));
        MatrixRow bristol = new MatrixRow(3, 13, "North Bristol NHS Trust", List.of("nhstrust"),
                FoiState.AWAITING_RESPONSE, clock(LocalDate.of(2026, 2, 3), Lateness.OVERDUE, 19), List.of());
        return new AnswerMatrix(campaign, List.of(leeds, devon, bristol));
    }

    private static MatrixCell cell(int question, AnswerKind kind, Optional<Exemption> exemption, String words) {
        return new MatrixCell(question, kind, exemption, words, Optional.empty());
    }

    private static RequestClock clock(LocalDate due, Lateness lateness, int daysLate) {
        return new RequestClock(TODAY, due, Optional.empty(), Optional.empty(), Optional.empty(), lateness, daysLate);
    }
}
