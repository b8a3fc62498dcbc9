package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.Window;
import org.casebook.domain.Commitment;
import org.casebook.ui.common.Messages;

/** The commitment forms as JavaFX dialogs over the main window. */
public final class FxCommitmentDialogs implements CommitmentDialogs {

    private final Window owner;
    private final Messages messages;

    public FxCommitmentDialogs(Window owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<Draft> edit(String title, Draft initial) {
        return Optional.empty();
    }

    @Override
    public Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today) {
        return Optional.empty();
    }
}
