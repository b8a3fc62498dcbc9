package org.casebook.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ThreadStep;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.report.model.RedactedName;

/**
 * What a pack is made from, read from the case in one go.
 *
 * @param snapshot the whole case
 * @param steps the markers of every thread's steps, by thread id
 * @param groupName the group's name for the cover; may be empty
 * @param names the names a redacted pack hides
 * @param today the day commitments are counted overdue from
 * @param campaigns the answer matrix of each FOI campaign of the case, on the pack's date; empty when it has none
 */
public record PackInput(
        CaseSnapshot snapshot,
        Map<Long, List<ThreadStep>> steps,
        String groupName,
        List<RedactedName> names,
        LocalDate today,
        List<AnswerMatrix> campaigns) {

    public PackInput {
        Objects.requireNonNull(snapshot, "snapshot");
        steps = Map.copyOf(steps);
        Objects.requireNonNull(groupName, "groupName");
        names = List.copyOf(names);
        Objects.requireNonNull(today, "today");
        campaigns = List.copyOf(campaigns);
    }

    /** A case without FOI campaigns. */
    public PackInput(CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps, String groupName,
                     List<RedactedName> names, LocalDate today) {
        this(snapshot, steps, groupName, names, today, List.of());
    }

    /** The same input with these campaigns' answer matrices. */
    public PackInput withCampaigns(List<AnswerMatrix> matrices) {
        return new PackInput(snapshot, steps, groupName, names, today, matrices);
    }
}
