package org.casebook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the body promised, tied to an item or to the letter's intro or closing.
 * {@code history} is oldest first; its last entry, if any, matches {@code status}. {@code evidence} is there when
 * Casebook suggested the commitment (status {@code SUGGESTED} until a member accepts or rejects it).
 */
public record Commitment(
        long id,
        long letterId,
        CommitmentSource source,
        Optional<Long> itemId,
        String text,
        String owner,
        Optional<LocalDate> due,
        CommitmentStatus status,
        List<StatusChange> history,
        Optional<SuggestionEvidence> evidence) {

    public Commitment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(evidence, "evidence");
        if ((source == CommitmentSource.ITEM) != itemId.isPresent()) {
            throw new IllegalArgumentException("A commitment has an item exactly when its source is ITEM");
        }
    }

    /** A commitment a member wrote down, with no suggestion behind it. */
    public Commitment(long id, long letterId, CommitmentSource source, Optional<Long> itemId, String text, String owner,
                      Optional<LocalDate> due, CommitmentStatus status, List<StatusChange> history) {
        this(id, letterId, source, itemId, text, owner, due, status, history, Optional.empty());
    }

    /** The same commitment with another status, history unchanged: how a suggestion is accepted or rejected. */
    public Commitment withStatus(CommitmentStatus newStatus) {
        return new Commitment(id, letterId, source, itemId, text, owner, due, newStatus, history, evidence);
    }

    /** Only an open promise can be overdue; suggested and rejected ones are not promises in the register. */
    public boolean isOverdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && due.map(today::isAfter).orElse(false);
    }
}
