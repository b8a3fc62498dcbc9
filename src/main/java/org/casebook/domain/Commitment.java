package org.casebook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the body promised, tied to an item or to the letter's intro or closing.
 * {@code history} is oldest first; its last entry, if any, matches {@code status}.
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
        List<StatusChange> history) {

    public Commitment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        if ((source == CommitmentSource.ITEM) != itemId.isPresent()) {
            throw new IllegalArgumentException("A commitment has an item exactly when its source is ITEM");
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && due.map(today::isAfter).orElse(false);
    }
}
