package org.casebook.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.casebook.domain.Commitment;
import org.casebook.ui.commitments.CommitmentDialogs;

/**
 * Commitment forms answered from queues the test fills in advance; an empty queue answers "cancel". Records every form
 * shown, the commitment form and the status form alike, in the order they were shown.
 */
public final class FakeCommitmentDialogs implements CommitmentDialogs {

    /**
     * One form shown: its title and what it started from, the draft for the commitment form, the commitment and the day
     * for the status form.
     */
    public record Asked(String title, Optional<Draft> initial, Optional<Commitment> commitment, Optional<LocalDate> today) {
    }

    private final Queue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final Queue<StatusDraft> statuses = new ConcurrentLinkedQueue<>();
    private final List<Asked> asked = new ArrayList<>();

    /** The next commitment form is filled in with {@code draft}. */
    public FakeCommitmentDialogs answer(Draft draft) {
        drafts.add(draft);
        return this;
    }

    /** The next status form is filled in with {@code draft}. */
    public FakeCommitmentDialogs answer(StatusDraft draft) {
        statuses.add(draft);
        return this;
    }

    public List<Asked> asked() {
        return Collections.unmodifiableList(asked);
    }

    @Override
    public Optional<Draft> edit(String title, Draft initial) {
        asked.add(new Asked(title, Optional.of(initial), Optional.empty(), Optional.empty()));
        return Optional.ofNullable(drafts.poll());
    }

    @Override
    public Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today) {
        asked.add(new Asked(title, Optional.empty(), Optional.of(commitment), Optional.of(today)));
        return Optional.ofNullable(statuses.poll());
    }
}
