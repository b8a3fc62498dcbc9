package org.casebook.ui.commitments;

import java.util.Objects;
import org.casebook.domain.Commitment;

/**
 * A commitment as the register's table shows it: the stored commitment with its letter's title, where in the letter
 * it was made ("item 3", "intro"), its status (⚠ Overdue for an open one past its date) and due date in words, and
 * whether it is overdue today.
 */
public record CommitmentRow(Commitment commitment, String letter, String source, String status, String due,
                            boolean overdue) {

    public CommitmentRow {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
    }

    public long id() {
        return commitment.id();
    }

    public String text() {
        return commitment.text();
    }

    /** Where it was made, then the letter: "item 3 · Trust Board reply". */
    public String place() {
        return source + " · " + letter;
    }

    public String owner() {
        return commitment.owner();
    }
}
