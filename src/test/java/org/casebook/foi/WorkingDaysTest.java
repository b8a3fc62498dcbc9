package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates checked by hand against the gov.uk list of England and Wales bank holidays. */
class WorkingDaysTest {

    private static final WorkingDays DAYS = new WorkingDays();

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2021-08-30, false",  // summer bank holiday
        "2021-08-31, true",
        "2021-12-24, true",   // Christmas Eve is an ordinary working day
        "2021-12-25, false",  // Saturday
        "2021-12-27, false",  // substitute for Christmas Day
        "2021-12-28, false",  // substitute for Boxing Day
        "2021-12-29, true",
        "2022-01-03, false",  // substitute for New Year's Day (Saturday 1 January)
        "2022-04-15, false",  // Good Friday
        "2022-04-18, false",  // Easter Monday
        "2022-05-30, true",   // the late May bank holiday moved to 2 June in 2022
        "2022-06-02, false",  // Platinum Jubilee: spring bank holiday
        "2022-06-03, false",  // Platinum Jubilee bank holiday
        "2022-09-19, false",  // state funeral of Queen Elizabeth II
        "2023-05-08, false",  // coronation of King Charles III
        "2023-05-09, true",
    })
    void knowsEnglandsBankHolidays(LocalDate day, boolean working) {
        assertThat(DAYS.isWorkingDay(day)).isEqualTo(working);
    }

    /*
     * Counting for the 20-working-day cases (day one is the first working day after the day sent):
     *
     * Wed 4 Aug 2021: Aug 5,6 (1-2), 9-13 (3-7), 16-20 (8-12), 23-27 (13-17), Mon 30 Aug bank holiday skipped,
     *   Tue 31 (18), Wed 1 Sep (19), Thu 2 Sep (20).
     * Wed 15 Dec 2021: Dec 16,17 (1-2), 20-24 (3-7), 27 and 28 substitutes skipped, 29-31 (8-10), Mon 3 Jan skipped,
     *   Jan 4-7 (11-14), 10-14 (15-19), Mon 17 Jan 2022 (20).
     * Thu 14 Apr 2022: Good Friday 15 and Easter Monday 18 skipped, Apr 19-22 (1-4), 25-29 (5-9), Mon 2 May (early
     *   May bank holiday) skipped, May 3-6 (10-13), 9-13 (14-18), Mon 16 (19), Tue 17 May 2022 (20).
     * Fri 27 May 2022: Mon 30 May (1, a working day that year), 31 May and 1 Jun (2-3), Jubilee 2 and 3 Jun skipped,
     *   Jun 6-10 (4-8), 13-17 (9-13), 20-24 (14-18), Mon 27 (19), Tue 28 Jun 2022 (20).
     * Fri 16 Sep 2022: Mon 19 Sep (funeral) skipped, Sep 20-23 (1-4), 26-30 (5-9), Oct 3-7 (10-14), 10-14 (15-19),
     *   Mon 17 Oct 2022 (20).
     * Fri 28 Apr 2023: Mon 1 May skipped, May 2-5 (1-4), Mon 8 May (coronation) skipped, May 9-12 (5-8), 15-19 (9-13),
     *   22-26 (14-18), Mon 29 May (spring bank holiday) skipped, Tue 30 (19), Wed 31 May 2023 (20).
     */
    @ParameterizedTest(name = "20 working days after {0} is {1}")
    @CsvSource({
        "2021-08-04, 2021-09-02",
        "2021-12-15, 2022-01-17",
        "2022-04-14, 2022-05-17",
        "2022-05-27, 2022-06-28",
        "2022-09-16, 2022-10-17",
        "2023-04-28, 2023-05-31",
    })
    void countsTwentyWorkingDaysOverHolidays(LocalDate sent, LocalDate due) {
        assertThat(DAYS.after(sent, 20)).isEqualTo(due);
        assertThat(DAYS.between(sent, due)).isEqualTo(20);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
        "2021-12-24, 1, 2021-12-29",  // 27 and 28 Dec are substitute days
        "2021-12-24, 3, 2021-12-31",  // 29, 30, 31
        "2021-12-24, 4, 2022-01-04",  // 3 Jan is the New Year substitute
        "2022-04-14, 1, 2022-04-19",  // Good Friday and Easter Monday
        "2022-06-01, 1, 2022-06-06",  // Jubilee Thursday and Friday
        "2022-09-16, 1, 2022-09-20",  // the Queen's funeral
        "2023-05-05, 1, 2023-05-09",  // the coronation
        "2021-08-04, 0, 2021-08-04",  // no days: the day itself
        "2021-08-07, 1, 2021-08-09",  // from a Saturday, day one is Monday
    })
    void findsTheNthWorkingDayAfter(LocalDate day, int n, LocalDate expected) {
        assertThat(DAYS.after(day, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
        "2021-12-24, 2022-01-04, 4",  // 29, 30, 31 Dec and 4 Jan
        "2021-08-04, 2021-08-04, 0",
        "2021-09-02, 2021-08-04, 0",  // backwards counts nothing
        "2021-08-27, 2021-08-31, 1",  // only Tue 31: the weekend and the bank holiday are skipped
        "2022-05-27, 2022-06-06, 4",  // 30 May, 31 May, 1 Jun, 6 Jun
    })
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int count) {
        assertThat(DAYS.between(from, to)).isEqualTo(count);
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> DAYS.after(LocalDate.of(2021, 8, 4), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        WorkingDays fresh = new WorkingDays();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LocalDate>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> fresh.after(LocalDate.of(2021, 12, 15), 20)));
            }
            for (Future<LocalDate> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(LocalDate.of(2022, 1, 17));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
