package org.casebook.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ThreadStep;
import org.casebook.report.model.RedactedName;

/**
 * What a pack is made from, read from the case in one go.
 *
 * @param snapshot the whole case
 * @param steps the markers of every thread's steps, by thread id
 * @param groupName the group's name for the cover; may be empty
 * @param names the names a redacted pack hides
 * @param today the day commitments are counted overdue from
 */
public record PackInput(
        CaseSnapshot snapshot,
        Map<Long, List<ThreadStep>> steps,
        String groupName,
        List<RedactedName> names,
        LocalDate today) {

    public PackInput {
        Objects.requireNonNull(snapshot, "snapshot");
        steps = Map.copyOf(steps);
        Objects.requireNonNull(groupName, "groupName");
        names = List.copyOf(names);
        Objects.requireNonNull(today, "today");
    }
}
