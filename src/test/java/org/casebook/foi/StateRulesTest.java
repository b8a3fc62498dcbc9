package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.foi.FoiClockTest.request;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests sent Wed 4 Aug 2021, due Thu 2 Sep 2021; "today" is 1 December 2021 unless a case says otherwise. */
class StateRulesTest {

    private static final StateRules RULES = new StateRules(new FoiClock(new WorkingDays()));
    private static final LocalDate SENT = LocalDate.of(2021, 8, 4);
    private static final LocalDate TODAY = LocalDate.of(2021, 12, 1);

    private static final Map<String, FoiRequest> REQUESTS = Map.of(
            "awaiting", request(SENT),
            "clarifying", request(SENT, FoiState.AWAITING_CLARIFICATION, LocalDate.of(2021, 8, 10)),
            "refused", request(SENT, FoiState.REFUSED, LocalDate.of(2021, 9, 1)),
            "reviewing", request(SENT, FoiState.REFUSED, LocalDate.of(2021, 9, 1),
                    FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 6)),
            "complained", request(SENT, FoiState.REFUSED, LocalDate.of(2021, 9, 1),
                    FoiState.ICO_COMPLAINT, LocalDate.of(2021, 9, 20)),
            "withdrawn", request(SENT, FoiState.WITHDRAWN, LocalDate.of(2021, 8, 10)),
            "bounced", request(SENT, FoiState.DELIVERY_ERROR, LocalDate.of(2021, 8, 5)));

    @ParameterizedTest(name = "{0} → {1} on {2}: allowed")
    @CsvSource({
        "awaiting, AWAITING_CLARIFICATION, 2021-08-10",
        "awaiting, SUCCESSFUL, 2021-09-01",
        "awaiting, DELIVERY_ERROR, 2021-08-05",
        "awaiting, WITHDRAWN, 2021-08-04",              // the same day as sent is fine
        "awaiting, INTERNAL_REVIEW, 2021-09-03",        // overdue from 3 September
        "awaiting, ICO_COMPLAINT, 2021-09-03",
        "clarifying, AWAITING_RESPONSE, 2021-08-16",    // the clarification was sent
        "clarifying, NOT_HELD, 2021-08-20",
        "bounced, AWAITING_RESPONSE, 2021-08-06",       // sent again
        "refused, INTERNAL_REVIEW, 2021-09-06",
        "refused, ICO_COMPLAINT, 2021-09-06",
        "refused, WITHDRAWN, 2021-09-06",
        "reviewing, PARTIALLY_SUCCESSFUL, 2021-10-04",  // the review's outcome
        "reviewing, ICO_COMPLAINT, 2021-11-02",
        "complained, SUCCESSFUL, 2021-11-30",           // after a decision notice
        "bounced, WITHDRAWN, 2021-08-05",
        "awaiting, REFUSED, 2021-12-01",                // today itself
    })
    void allowsAChangeThatFollows(String from, FoiState next, LocalDate date) {
        assertThat(RULES.refusal(REQUESTS.get(from), next, date, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} on {2}: \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "awaiting | SUCCESSFUL | 2021-12-02 | This date is in the future; please choose today or an earlier day.",
        "awaiting | SUCCESSFUL | 2021-08-03 | This date is before the request was sent on 4 August 2021; please "
                + "choose that day or a later one.",
        "refused | INTERNAL_REVIEW | 2021-08-31 | This date is before the request's last recorded change on "
                + "1 September 2021; please choose that day or a later one.",
        "refused | REFUSED | 2021-09-02 | This request is already marked as refused, so there is nothing new to record.",
        "withdrawn | WITHDRAWN | 2021-09-02 | This request is already marked as withdrawn, so there is nothing new to "
                + "record.",
        "awaiting | INTERNAL_REVIEW | 2021-09-02 | An internal review can only be asked for once the body has answered, "
                + "or once its answer is overdue; this request is still awaiting a response, due by 2 September 2021.",
        "clarifying | INTERNAL_REVIEW | 2021-10-01 | An internal review can only be asked for once the body has "
                + "answered, or once its answer is overdue; this request is currently marked as awaiting clarification.",
        "awaiting | ICO_COMPLAINT | 2021-08-20 | A complaint to the ICO can be recorded after an answer, after an "
                + "internal review, or once the answer is overdue; this request is still awaiting a response, due by "
                + "2 September 2021.",
        "withdrawn | ICO_COMPLAINT | 2021-10-01 | A complaint to the ICO can be recorded after an answer, after an "
                + "internal review, or once the answer is overdue; this request is currently marked as withdrawn.",
        "refused | AWAITING_CLARIFICATION | 2021-09-02 | A request for clarification can only be recorded while the "
                + "request is awaiting a response; this request is currently marked as refused.",
        "refused | AWAITING_RESPONSE | 2021-09-02 | A request goes back to awaiting a response once a clarification is "
                + "sent or once it is sent again after a delivery error; this request is currently marked as refused.",
        "awaiting | AWAITING_RESPONSE | 2021-08-10 | This request is already marked as awaiting a response, so there is "
                + "nothing new to record.",
        "withdrawn | SUCCESSFUL | 2021-09-02 | An answer can be recorded while the request is awaiting a response or "
                + "clarification, under internal review or with the ICO; this request is currently marked as withdrawn.",
        "refused | NOT_HELD | 2021-09-02 | An answer can be recorded while the request is awaiting a response or "
                + "clarification, under internal review or with the ICO; this request is currently marked as refused.",
        "refused | DELIVERY_ERROR | 2021-09-02 | A delivery error can only be recorded while the request is awaiting a "
                + "response; this request is currently marked as refused.",
        "clarifying | DELIVERY_ERROR | 2021-08-11 | A delivery error can only be recorded while the request is awaiting "
                + "a response; this request is currently marked as awaiting clarification.",
    })
    void refusesAChangeInOneCalmSentence(String from, FoiState next, LocalDate date, String sentence) {
        Optional<String> refusal = RULES.refusal(REQUESTS.get(from), next, date, TODAY);
        assertThat(refusal).contains(sentence);
        assertThat(sentence.chars().filter(c -> c == '.').count()).isEqualTo(1);
        assertThat(sentence).doesNotContain("!").doesNotContainPattern("[A-Z]{4,}");
    }

    @Test
    void countsOverdueFromTheAnsweredClarification() {
        // clarified Mon 16 Aug 2021: due Tue 14 Sep 2021, so a review on 3 Sep is not yet allowed
        FoiRequest clarified = request(SENT, FoiState.AWAITING_CLARIFICATION, LocalDate.of(2021, 8, 10),
                FoiState.AWAITING_RESPONSE, LocalDate.of(2021, 8, 16));
        assertThat(RULES.refusal(clarified, FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 3), TODAY))
                .hasValueSatisfying(s -> assertThat(s).endsWith("due by 14 September 2021."));
        assertThat(RULES.refusal(clarified, FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 15), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "sent {0}: refused {1}")
    @CsvSource({"2021-12-01, false", "2021-08-04, false", "2021-12-02, true"})
    void refusesASentDateInTheFuture(LocalDate sent, boolean refused) {
        assertThat(RULES.sentRefusal(sent, TODAY).isPresent()).isEqualTo(refused);
    }

    @Test
    void explainsAFutureSentDateCalmly() {
        assertThat(RULES.sentRefusal(LocalDate.of(2022, 1, 1), TODAY))
                .contains("The date sent is in the future; please choose today or an earlier day.");
    }
}
