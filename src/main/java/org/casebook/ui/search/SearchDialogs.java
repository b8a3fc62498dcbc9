package org.casebook.ui.search;

import java.time.LocalDate;
import java.util.Optional;

/** The one form the Search screen asks with, behind an interface so its view model can be tested with a fake. */
public interface SearchDialogs {

    /** Two days, either of which may be left empty; both ends are included. */
    record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    }

    /** Asks for the letters' dates to search between, starting from {@code current}; empty when cancelled. */
    Optional<DateRange> askDates(DateRange current);
}
