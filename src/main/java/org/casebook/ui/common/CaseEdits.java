package org.casebook.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.casebook.service.CaseHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change a member makes to the open case, as undoable commands on one stack per window. Each execute and each
 * undo is one transaction, stored at once: there is no Save. After each, {@link #version()} moves on, and every
 * screen reads the case again, so what is shown is always what is stored. The stack is emptied when another case
 * opens. Plain JavaFX properties, so view-model tests run without the JavaFX thread.
 */
public final class CaseEdits {

    private static final Logger LOG = LoggerFactory.getLogger(CaseEdits.class);

    private final CaseSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final UndoStack stack = new UndoStack();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper lastSaveFailed = new ReadOnlyBooleanWrapper();
    private Optional<CaseHandle> openCase = Optional.empty();

    public CaseEdits(CaseSession session, DialogService dialogs, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        session.currentCaseProperty().addListener((obs, old, now) -> caseChanged());
        caseChanged();
    }

    /** The open case, if any. */
    public Optional<CaseHandle> handle() {
        return openCase;
    }

    /**
     * Does one change and keeps it for undo. {@code change} receives the open case; {@code inverse} takes it back.
     * A change the case refuses (a rule broken, the disk full) is explained and not kept.
     */
    public void perform(String description, Consumer<CaseHandle> change, Consumer<CaseHandle> inverse) {
        openCase.ifPresent(db -> perform(new UndoableCommand() {
            @Override
            public void execute() {
                change.accept(db);
            }

            @Override
            public void undo() {
                inverse.accept(db);
            }

            @Override
            public String description() {
                return description;
            }
        }));
    }

    /** {@link #perform(String, Consumer, Consumer)} for a command made elsewhere. */
    public void perform(UndoableCommand command) {
        if (openCase.isEmpty()) {
            return;
        }
        try {
            stack.execute(command);
            saved();
        } catch (RuntimeException e) {
            failed("edit.failed.title", command.description(), e);
        }
    }

    public void undo() {
        String description = stack.undoDescriptionProperty().get();
        try {
            stack.undo();
            saved();
        } catch (RuntimeException e) {
            // The command left the stack: what is stored is shown again, and the member is told what happened.
            failed("edit.undoFailed.title", description, e);
        }
    }

    public void redo() {
        String description = stack.redoDescriptionProperty().get();
        try {
            stack.redo();
            saved();
        } catch (RuntimeException e) {
            failed("edit.redoFailed.title", description, e);
        }
    }

    /** Tells every screen to read the case again, after a change made outside this stack (an import). */
    public void refresh() {
        version.set(version.get() + 1);
    }

    public UndoStack stack() {
        return stack;
    }

    /** Moves on after every change, undo, redo, refresh and case switch: the signal to read the case again. */
    public ReadOnlyLongProperty version() {
        return version.getReadOnlyProperty();
    }

    /** True after a change could not be stored, until the next one is. */
    public ReadOnlyBooleanProperty lastSaveFailed() {
        return lastSaveFailed.getReadOnlyProperty();
    }

    private void saved() {
        lastSaveFailed.set(false);
        refresh();
    }

    private void failed(String titleKey, String description, RuntimeException e) {
        refresh();
        if (e instanceof IllegalArgumentException || e instanceof org.casebook.domain.CodebookException) {
            LOG.info("Refused \"{}\": {}", description, e.getMessage());
            dialogs.showError(messages.format(titleKey, description), e.getMessage());
        } else {
            LOG.error("Could not store \"{}\"", description, e);
            lastSaveFailed.set(true);
            dialogs.showError(messages.format(titleKey, description), messages.get("edit.failed.message"), e);
        }
    }

    private void caseChanged() {
        Optional<CaseHandle> now = session.currentCase().map(OpenCase::handle);
        if (!now.equals(openCase)) {
            openCase = now;
            stack.clear();
        }
        refresh();
    }
}
