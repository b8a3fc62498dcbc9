package org.casebook.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.casebook.domain.Commitment;
import org.casebook.ui.commitments.CommitmentDialogs;

/** Commitment forms answered from queues filled in advance; an empty queue answers "cancel". Records what was asked. */
final class FakeCommitmentDialogs implements CommitmentDialogs {

    /** A form shown: its title and the values it started from. */
    record Asked(String title, Draft initial) {
    }

    private final Queue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final Queue<StatusDraft> statuses = new ConcurrentLinkedQueue<>();
    private final List<Asked> asked = new ArrayList<>();

    FakeCommitmentDialogs answer(Draft draft) {
        drafts.add(draft);
        return this;
    }

    FakeCommitmentDialogs answerStatus(StatusDraft status) {
        statuses.add(status);
        return this;
    }

    List<Asked> asked() {
        return Collections.unmodifiableList(asked);
    }

    @Override
    public Optional<Draft> edit(String title, Draft initial) {
        asked.add(new Asked(title, initial));
        return Optional.ofNullable(drafts.poll());
    }

    @Override
    public Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today) {
        return Optional.ofNullable(statuses.poll());
    }
}
