package org.casebook.report.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.Stance;

/**
 * Which items a pack holds. Every part left empty means "any"; the parts given must all hold for an item.
 *
 * @param meetingId only letters answering this meeting
 * @param letterIds only these letters
 * @param themeIds only items with one of these themes confirmed
 * @param stances only items with one of these stances
 * @param threadIds only items in one of these threads
 */
public record PackScope(
        Optional<Long> meetingId,
        Set<Long> letterIds,
        Set<String> themeIds,
        Set<Stance> stances,
        Set<Long> threadIds) {

    public PackScope {
        Objects.requireNonNull(meetingId, "meetingId");
        letterIds = Set.copyOf(letterIds);
        themeIds = Set.copyOf(themeIds);
        stances = Set.copyOf(stances);
        threadIds = Set.copyOf(threadIds);
    }

    /** Every item of the case. */
    public static PackScope everything() {
        return new PackScope(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public PackScope withMeeting(long id) {
        return new PackScope(Optional.of(id), letterIds, themeIds, stances, threadIds);
    }

    public PackScope withLetters(Set<Long> ids) {
        return new PackScope(meetingId, ids, themeIds, stances, threadIds);
    }

    public PackScope withThemes(Set<String> ids) {
        return new PackScope(meetingId, letterIds, ids, stances, threadIds);
    }

    public PackScope withStances(Set<Stance> chosen) {
        return new PackScope(meetingId, letterIds, themeIds, chosen, threadIds);
    }

    public PackScope withThreads(Set<Long> ids) {
        return new PackScope(meetingId, letterIds, themeIds, stances, ids);
    }
}
