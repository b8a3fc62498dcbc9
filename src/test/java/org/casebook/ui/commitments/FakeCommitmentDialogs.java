package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.casebook.domain.Commitment;

/** Commitment forms answered from queues the test fills in advance; an empty queue answers "cancel". Records what was asked. */
final class FakeCommitmentDialogs implements CommitmentDialogs {

    /** One form shown: its title and what it started from. */
    record Asked(String title, Optional<Draft> initial, Optional<Commitment> commitment, Optional<LocalDate> today) {
    }

    private final Queue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final Queue<StatusDraft> statuses = new ConcurrentLinkedQueue<>();
    final List<Asked> asked = new ArrayList<>();

    FakeCommitmentDialogs answer(Draft draft) {
        drafts.add(draft);
        return this;
    }

    FakeCommitmentDialogs answer(StatusDraft draft) {
        statuses.add(draft);
        return this;
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
