package org.casebook.ui.codebook;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookEdits.Added;
import org.casebook.domain.CodebookState;
import org.casebook.service.CaseHandle;
import org.casebook.service.CodebookService;
import org.casebook.ui.common.CaseEdits;

/**
 * The open case's codebook as last read, and the one way the editor changes it: an edit is a pure function of the
 * state before, stored whole in one transaction, and undone by storing the state before again.
 */
final class CodebookChanges {

    /** What the editor shows while no case is open. */
    static final CodebookState EMPTY = new CodebookState(new Codebook(List.of(), List.of()), List.of(), List.of());

    private final CaseEdits edits;
    private final CodebookService codebook;
    private CodebookState state = EMPTY;

    CodebookChanges(CaseEdits edits, CodebookService codebook) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
    }

    /** Reads the codebook of the open case again (or nothing, with no case open). */
    void reload() {
        state = edits.handle().map(codebook::state).orElse(EMPTY);
    }

    CodebookState state() {
        return state;
    }

    /** Makes one undoable edit; false when no case is open or the case refused it (the member has been told why). */
    boolean apply(String description, UnaryOperator<CodebookState> edit) {
        return add(description, before -> new Added<>(edit.apply(before), Boolean.TRUE)).isPresent();
    }

    /**
     * Makes one undoable edit that adds something, and returns what was added; empty when it was refused. The edit is
     * worked out inside the command, so a rule it breaks is reported by {@link CaseEdits} like any refused change.
     */
    <T> Optional<T> add(String description, Function<CodebookState, Added<T>> edit) {
        Optional<CaseHandle> database = edits.handle();
        if (database.isEmpty()) {
            return Optional.empty();
        }
        // Read at the moment of the edit rather than trusting the copy on screen: the stored state is what undo restores.
        CodebookState before = codebook.state(database.get());
        AtomicReference<T> made = new AtomicReference<>();
        edits.perform(description, db -> {
            Added<T> after = edit.apply(before);
            codebook.store(db, after.state());
            made.set(after.added());
        }, db -> codebook.store(db, before));
        return Optional.ofNullable(made.get());
    }

    /** {@code base}, or "base 2" and so on when that name is taken, so that two fresh codes can be told apart. */
    static String freeName(String base, Collection<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
