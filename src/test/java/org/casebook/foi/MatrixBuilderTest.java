package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.foi.FoiClockTest.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.MatrixCell;
import org.casebook.domain.foi.MatrixRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests sent Wed 4 Aug 2021 are due Thu 2 Sep 2021; the matrix is built on Fri 3 Sep 2021, one day late. */
class MatrixBuilderTest {

    private static final LocalDate SENT = LocalDate.of(2021, 8, 4);
    private static final LocalDate ON = LocalDate.of(2021, 9, 3);
    private static final Campaign BEDS = new Campaign(1, "Mental health beds", List.of(
            new CampaignQuestion(1, "How many beds?"), new CampaignQuestion(2, "How many closed?")),
            Campaign.DEFAULT_TEMPLATE, SENT);

    private static final FoiClock CLOCK = new FoiClock(new WorkingDays());

    private static FoiRequest sentTo(long id, long bodyId, long campaignId, Object... history) {
        FoiRequest base = request(SENT, history);
        return new FoiRequest(id, campaignId, bodyId, SENT, Optional.empty(), base.history());
    }

    private AnswerMatrix matrix() {
        List<FoiRequest> requests = List.of(
                sentTo(101, 1, 1, FoiState.PARTIALLY_SUCCESSFUL, LocalDate.of(2021, 9, 1)),
                sentTo(102, 2, 1, FoiState.NOT_HELD, LocalDate.of(2021, 8, 20)),
                sentTo(103, 3, 1),
                sentTo(104, 4, 2));  // another campaign's request
        Map<Long, String> names = Map.of(1L, "Sheffield Health and Social Care", 2L, "airedale NHS Foundation Trust",
                3L, "Leeds and York Partnership", 4L, "Elsewhere");
        Map<Long, List<String>> tags = Map.of(1L, List.of("nhstrust", "mental_health"));
        List<FoiAnswer> answers = List.of(
                new FoiAnswer(101, 1, AnswerKind.ANSWERED, Optional.empty(), Optional.of(10L)),
                new FoiAnswer(101, 2, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST), Optional.of(11L)),
                new FoiAnswer(102, 1, AnswerKind.NOT_HELD, Optional.empty(), Optional.of(12L)),
                new FoiAnswer(102, 2, AnswerKind.ANSWERED, Optional.empty(), Optional.empty()),
                new FoiAnswer(102, 2, AnswerKind.NOT_HELD, Optional.empty(), Optional.empty()),  // recorded later
                new FoiAnswer(104, 1, AnswerKind.ANSWERED, Optional.empty(), Optional.empty()));
        Map<Long, String> items = Map.of(
                10L, "The Trust had 120 adult acute beds on 31 March 2021, of which\n 12 were closed for refurbishment.",
                11L, "Exempt under section 12.",
                12L, "  The Trust does not hold this information.  ");
        return MatrixBuilder.build(CLOCK, BEDS, requests, names, tags, answers, items, ON);
    }

    @Test
    void sortsRowsByBodyNameIgnoringCaseAndLeavesOutOtherCampaigns() {
        assertThat(matrix().rows()).extracting(MatrixRow::bodyName).containsExactly("airedale NHS Foundation Trust",
                "Leeds and York Partnership", "Sheffield Health and Social Care");
    }

    @Test
    void fillsEachCellFromItsAnswerWithTheAnswersFirstWords() {
        MatrixRow sheffield = matrix().rows().get(2);
        assertThat(sheffield.cell(1)).isEqualTo(new MatrixCell(1, AnswerKind.ANSWERED, Optional.empty(),
                "The Trust had 120 adult acute beds on 31 March 2021, of…", Optional.of(10L)));
        assertThat(sheffield.cell(2)).isEqualTo(new MatrixCell(2, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST),
                "Exempt under section 12.", Optional.of(11L)));
        assertThat(sheffield.bodyTags()).containsExactly("nhstrust", "mental_health");
    }

    @Test
    void showsTheLastRecordedAnswerAndEmptyWordsWhenNoItemHoldsThem() {
        MatrixRow airedale = matrix().rows().get(0);
        assertThat(airedale.cell(1).firstWords()).isEqualTo("The Trust does not hold this information.");
        assertThat(airedale.cell(2)).isEqualTo(new MatrixCell(2, AnswerKind.NOT_HELD, Optional.empty(), "",
                Optional.empty()));
        assertThat(airedale.bodyTags()).isEmpty();
    }

    @Test
    void leavesUnansweredQuestionsUnansweredAndGivesEachRowItsStateAndClock() {
        MatrixRow leeds = matrix().rows().get(1);
        assertThat(leeds.cells()).containsExactly(MatrixCell.unanswered(1), MatrixCell.unanswered(2));
        assertThat(leeds.state()).isEqualTo(FoiState.AWAITING_RESPONSE);
        assertThat(leeds.clock().due()).isEqualTo(LocalDate.of(2021, 9, 2));
        assertThat(leeds.clock().lateness()).isEqualTo(Lateness.OVERDUE);
        assertThat(leeds.clock().workingDaysLate()).isEqualTo(1);
        MatrixRow sheffield = matrix().rows().get(2);
        assertThat(sheffield.state()).isEqualTo(FoiState.PARTIALLY_SUCCESSFUL);
        assertThat(sheffield.clock().lateness()).isEqualTo(Lateness.NOT_WAITING);
    }

    @Test
    void countsEachKindOfAnswerPerQuestion() {
        AnswerMatrix matrix = matrix();
        assertThat(matrix.counts(1)).containsEntry(AnswerKind.ANSWERED, 1).containsEntry(AnswerKind.NOT_HELD, 1)
                .containsEntry(AnswerKind.NOT_ANSWERED, 1).containsEntry(AnswerKind.REFUSED, 0);
        assertThat(matrix.counts(2)).containsEntry(AnswerKind.REFUSED, 1).containsEntry(AnswerKind.NOT_HELD, 1)
                .containsEntry(AnswerKind.NOT_ANSWERED, 1).containsEntry(AnswerKind.ANSWERED, 0);
    }

    @Test
    void namesABodyWithoutANameByItsNumber() {
        AnswerMatrix matrix = MatrixBuilder.build(CLOCK, BEDS, List.of(sentTo(105, 9, 1)), Map.of(), Map.of(),
                List.of(), Map.of(), ON);
        assertThat(matrix.rows()).singleElement().extracting(MatrixRow::bodyName).isEqualTo("Body 9");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "one two three | one two three",
        "a b c d e f g h i j k l | a b c d e f g h i j k l",
        "a b c d e f g h i j k l m | a b c d e f g h i j k l…",
        "'  spaced\n\tout  ' | spaced out",
        "'   ' | ''",
    })
    void cutsAnAnswerToItsFirstTwelveWords(String text, String words) {
        assertThat(MatrixBuilder.firstWords(text.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(words);
    }
}
