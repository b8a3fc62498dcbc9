package org.casebook.foi;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England and Wales, as the Freedom of Information Act counts them (s.10(6): any day but a
 * Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday). Bank holidays come from Jollyday's
 * subdivision {@code "eng"}, which also knows the substitute days and the one-off days (jubilees, a state funeral,
 * a coronation); without the subdivision Easter Monday and the summer bank holiday go missing. Jollyday's
 * {@code getDate()} is the day off as observed (Monday 27 December 2021 for a Saturday Christmas), while
 * {@code getActualDate()} is the calendar date, so the observed one is what counts here. Each year's
 * holidays are looked up once and kept, because one answer matrix asks about thousands of days; the cache is a
 * concurrent map so screens and background tasks may share one instance.
 */
public final class WorkingDays {

    private static final String ENGLAND = "eng";

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    /**
     * Jollyday's calendar, read (XML through JAXB, some 600 classes) the first time a date is asked about rather than
     * when the app starts: most sessions never count a working day.
     */
    private static final class England {
        static final HolidayManager HOLIDAYS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

        private England() {
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        return !holidaysOf(day.getYear()).contains(day);
    }

    /** The n-th working day after {@code day}; the day itself is not counted (day one is the next working day). */
    public LocalDate after(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot count " + n + " working days");
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** How many working days lie in (from, to]: 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Set<LocalDate> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, y -> England.HOLIDAYS.getHolidays(Year.of(y), ENGLAND).stream()
                .filter(h -> h.getType() != HolidayType.OBSERVANCE)
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
