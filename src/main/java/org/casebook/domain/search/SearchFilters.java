package org.casebook.domain.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.Stance;

/**
 * What narrows a search besides its words. An empty set does not narrow; within one set any value matches (two
 * stances: either), and the sets together must all match. A theme matches its sub-themes too. Dates are the letter's,
 * both ends included.
 */
public record SearchFilters(Set<String> themeIds, Set<Stance> stances, Set<String> responseTypeIds, Set<Long> bodyIds,
                            Set<Long> meetingIds, Optional<LocalDate> from, Optional<LocalDate> to, Set<HitKind> kinds) {

    public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Optional.empty(), Optional.empty(), Set.of());

    public SearchFilters {
        themeIds = Set.copyOf(themeIds);
        stances = Set.copyOf(stances);
        responseTypeIds = Set.copyOf(responseTypeIds);
        bodyIds = Set.copyOf(bodyIds);
        meetingIds = Set.copyOf(meetingIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = Set.copyOf(kinds);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withThemes(Set<String> ids) {
        return new SearchFilters(ids, stances, responseTypeIds, bodyIds, meetingIds, from, to, kinds);
    }

    public SearchFilters withStances(Set<Stance> values) {
        return new SearchFilters(themeIds, values, responseTypeIds, bodyIds, meetingIds, from, to, kinds);
    }

    public SearchFilters withResponseTypes(Set<String> ids) {
        return new SearchFilters(themeIds, stances, ids, bodyIds, meetingIds, from, to, kinds);
    }

    public SearchFilters withBodies(Set<Long> ids) {
        return new SearchFilters(themeIds, stances, responseTypeIds, ids, meetingIds, from, to, kinds);
    }

    public SearchFilters withMeetings(Set<Long> ids) {
        return new SearchFilters(themeIds, stances, responseTypeIds, bodyIds, ids, from, to, kinds);
    }

    public SearchFilters withDates(Optional<LocalDate> start, Optional<LocalDate> end) {
        return new SearchFilters(themeIds, stances, responseTypeIds, bodyIds, meetingIds, start, end, kinds);
    }

    public SearchFilters withKinds(Set<HitKind> values) {
        return new SearchFilters(themeIds, stances, responseTypeIds, bodyIds, meetingIds, from, to, values);
    }
}
