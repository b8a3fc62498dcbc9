package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.Lateness;
import org.casebook.domain.foi.RequestClock;
import org.casebook.domain.foi.StateChange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates counted by hand. The request sent Wed 4 Aug 2021 is due Thu 2 Sep 2021 (20 working days, Mon 30 Aug skipped);
 * its 40th working day is Thu 30 Sep 2021: Sep 3 (21), 6-10 (22-26), 13-17 (27-31), 20-24 (32-36), 27-30 (37-40).
 */
class FoiClockTest {

    private static final FoiClock CLOCK = new FoiClock(new WorkingDays());
    private static final LocalDate SENT = LocalDate.of(2021, 8, 4);
    private static final LocalDate DUE = LocalDate.of(2021, 9, 2);

    static FoiRequest request(LocalDate sent, Object... statesAndDates) {
        List<StateChange> history = new ArrayList<>();
        history.add(new StateChange(1, 7, FoiState.AWAITING_RESPONSE, sent, ""));
        for (int i = 0; i < statesAndDates.length; i += 2) {
            history.add(new StateChange(i + 2, 7, (FoiState) statesAndDates[i], (LocalDate) statesAndDates[i + 1], ""));
        }
        return new FoiRequest(7, 1, 3, sent, Optional.empty(), history);
    }

    @ParameterizedTest(name = "on {0}: {1}, {2} working days late")
    @CsvSource({
        "2021-08-20, ON_TIME, 0",
        "2021-09-02, ON_TIME, 0",       // the due day itself is still on time
        "2021-09-03, OVERDUE, 1",
        "2021-09-09, OVERDUE, 5",       // Sep 3, 6, 7, 8, 9
        "2021-09-30, OVERDUE, 20",      // the 40th working day after sending: overdue, not yet long overdue
        "2021-10-01, LONG_OVERDUE, 21",
    })
    void countsLatenessOfAnAwaitedResponse(LocalDate on, Lateness lateness, int late) {
        RequestClock clock = CLOCK.clockOf(request(SENT), on);
        assertThat(clock.due()).isEqualTo(DUE);
        assertThat(clock.lateness()).isEqualTo(lateness);
        assertThat(clock.workingDaysLate()).isEqualTo(late);
        assertThat(clock.internalReviewDue()).isEmpty();
    }

    @Test
    void offersNoComplaintDateWhileTheBodyIsStillInTime() {
        assertThat(CLOCK.clockOf(request(SENT), DUE).icoComplaintBy()).isEmpty();
    }

    @Test
    void givesThreeMonthsFromTheDueDateToComplainWhenNoAnswerCame() {
        RequestClock clock = CLOCK.clockOf(request(SENT), LocalDate.of(2021, 9, 3));
        assertThat(clock.icoComplaintBy()).contains(LocalDate.of(2021, 12, 2));
    }

    @Nested
    class Clarification {
        // The group clarified on Mon 16 Aug 2021: Aug 17-20 (1-4), 23-27 (5-9), Mon 30 skipped, 31 (10),
        // Sep 1-3 (11-13), 6-10 (14-18), Mon 13 (19), Tue 14 Sep 2021 (20).
        private final FoiRequest clarified = request(SENT, FoiState.AWAITING_CLARIFICATION, LocalDate.of(2021, 8, 10),
                FoiState.AWAITING_RESPONSE, LocalDate.of(2021, 8, 16));

        @Test
        void restartsTheClockWhenTheGroupClarifies() {
            RequestClock clock = CLOCK.clockOf(clarified, LocalDate.of(2021, 9, 3));
            assertThat(clock.due()).isEqualTo(LocalDate.of(2021, 9, 14));
            assertThat(clock.lateness()).isEqualTo(Lateness.ON_TIME);
        }

        @Test
        void isLateOnlyAfterTheRestartedDueDate() {
            RequestClock clock = CLOCK.clockOf(clarified, LocalDate.of(2021, 9, 16));
            assertThat(clock.lateness()).isEqualTo(Lateness.OVERDUE);
            assertThat(clock.workingDaysLate()).isEqualTo(2);  // Sep 15, 16
        }

        @Test
        void owesNothingWhileTheBodyWaitsForTheGroup() {
            FoiRequest waiting = request(SENT, FoiState.AWAITING_CLARIFICATION, LocalDate.of(2021, 8, 10));
            RequestClock clock = CLOCK.clockOf(waiting, LocalDate.of(2021, 10, 1));
            assertThat(clock.lateness()).isEqualTo(Lateness.NOT_WAITING);
            assertThat(clock.workingDaysLate()).isZero();
            assertThat(clock.icoComplaintBy()).isEmpty();
            assertThat(clock.due()).isEqualTo(DUE);
        }
    }

    @Nested
    class InternalReview {
        // Refused Wed 1 Sep 2021, review asked Mon 6 Sep 2021. 20 working days: Sep 7-10 (1-4), 13-17 (5-9),
        // 20-24 (10-14), 27 Sep-1 Oct (15-19), Mon 4 Oct (20). 40: Oct 5-8 (21-24), 11-15 (25-29), 18-22 (30-34),
        // 25-29 (35-39), Mon 1 Nov 2021 (40).
        private final FoiRequest inReview = request(SENT, FoiState.REFUSED, LocalDate.of(2021, 9, 1),
                FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 6));

        @ParameterizedTest(name = "on {0}: {1}, {2} working days late")
        @CsvSource({
            "2021-10-04, ON_TIME, 0",
            "2021-10-05, OVERDUE, 1",
            "2021-11-01, OVERDUE, 20",
            "2021-11-02, LONG_OVERDUE, 21",
        })
        void countsTheReviewAgainstItsOwnDates(LocalDate on, Lateness lateness, int late) {
            RequestClock clock = CLOCK.clockOf(inReview, on);
            assertThat(clock.internalReviewDue()).contains(LocalDate.of(2021, 10, 4));
            assertThat(clock.internalReviewLatest()).contains(LocalDate.of(2021, 11, 1));
            assertThat(clock.lateness()).isEqualTo(lateness);
            assertThat(clock.workingDaysLate()).isEqualTo(late);
        }

        @Test
        void givesThreeMonthsFromTheRefusalToComplain() {
            assertThat(CLOCK.clockOf(inReview, LocalDate.of(2021, 10, 4)).icoComplaintBy())
                    .contains(LocalDate.of(2021, 12, 1));
        }

        @Test
        void givesThreeMonthsFromTheReviewsOutcomeOnceItCame() {
            FoiRequest reviewed = request(SENT, FoiState.REFUSED, LocalDate.of(2021, 9, 1),
                    FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 6), FoiState.SUCCESSFUL, LocalDate.of(2021, 10, 20));
            RequestClock clock = CLOCK.clockOf(reviewed, LocalDate.of(2021, 11, 2));
            assertThat(clock.lateness()).isEqualTo(Lateness.NOT_WAITING);
            assertThat(clock.icoComplaintBy()).contains(LocalDate.of(2022, 1, 20));
            assertThat(clock.internalReviewDue()).contains(LocalDate.of(2021, 10, 4));
        }

        @Test
        void countsAReviewOfAnOverdueRequestFromWhenItWasAsked() {
            FoiRequest chased = request(SENT, FoiState.INTERNAL_REVIEW, LocalDate.of(2021, 9, 6));
            RequestClock clock = CLOCK.clockOf(chased, LocalDate.of(2021, 10, 5));
            assertThat(clock.lateness()).isEqualTo(Lateness.OVERDUE);
            assertThat(clock.icoComplaintBy()).contains(LocalDate.of(2021, 12, 2));  // from the unanswered due date
        }
    }

    @Test
    void owesNothingOnceAnswered() {
        FoiRequest answered = request(SENT, FoiState.SUCCESSFUL, LocalDate.of(2021, 9, 1));
        RequestClock clock = CLOCK.clockOf(answered, LocalDate.of(2021, 10, 1));
        assertThat(clock.lateness()).isEqualTo(Lateness.NOT_WAITING);
        assertThat(clock.workingDaysLate()).isZero();
        assertThat(clock.icoComplaintBy()).contains(LocalDate.of(2021, 12, 1));
    }

    @Test
    void endsTheComplaintWindowOnTheLastDayOfAShorterMonth() {
        FoiRequest answered = request(LocalDate.of(2021, 11, 1), FoiState.NOT_HELD, LocalDate.of(2021, 11, 30));
        assertThat(CLOCK.clockOf(answered, LocalDate.of(2021, 12, 1)).icoComplaintBy())
                .contains(LocalDate.of(2022, 2, 28));
    }

    @Test
    void owesNothingAndOffersNoComplaintOnceWithdrawn() {
        FoiRequest withdrawn = request(SENT, FoiState.WITHDRAWN, LocalDate.of(2021, 9, 10));
        RequestClock clock = CLOCK.clockOf(withdrawn, LocalDate.of(2021, 10, 1));
        assertThat(clock.lateness()).isEqualTo(Lateness.NOT_WAITING);
        assertThat(clock.icoComplaintBy()).isEmpty();
    }
}
