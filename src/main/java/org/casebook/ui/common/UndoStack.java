package org.casebook.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Commands done and undone on one screen, at most {@code limit} of them (the oldest are forgotten). The revision
 * names the state the commands have reached: it changes with every execute, undo and redo, and comes back to an
 * earlier number when undo returns to that state, so "revision equals the saved revision" means nothing changed.
 * Plain JavaFX properties, so it works in tests without the JavaFX thread.
 */
public final class UndoStack {

    public static final int DEFAULT_LIMIT = 200;

    /** A command with the revision reached after it and the one before it. */
    private record Entry(UndoableCommand command, long before, long after) {
    }

    private final int limit;
    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    /** Never reused, so a state once left and replaced by new work can never look "unchanged" again. */
    private long lastRevision;

    public UndoStack() {
        this(DEFAULT_LIMIT);
    }

    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("An undo stack must hold at least one command: " + limit);
        }
        this.limit = limit;
    }

    /** Executes the command and puts it on the stack; anything undone before can no longer be redone. */
    public void execute(UndoableCommand command) {
        Objects.requireNonNull(command, "command");
        command.execute();
        undone.clear();
        done.push(new Entry(command, revision.get(), ++lastRevision));
        if (done.size() > limit) {
            done.removeLast();
        }
        changed(lastRevision);
    }

    /** Takes back the last command; nothing happens when there is none. */
    public void undo() {
        Entry entry = done.poll();
        if (entry != null) {
            try {
                entry.command().undo();
            } catch (RuntimeException e) {
                // The command is dropped: the menus must stop offering it, and the state is a new one.
                changed(++lastRevision);
                throw e;
            }
            undone.push(entry);
            changed(entry.before());
        }
    }

    /** Does the last undone command again; nothing happens when there is none. */
    public void redo() {
        Entry entry = undone.poll();
        if (entry != null) {
            try {
                entry.command().execute();
            } catch (RuntimeException e) {
                changed(++lastRevision);
                throw e;
            }
            done.push(entry);
            changed(entry.after());
        }
    }

    /** Forgets every command, e.g. when another case is opened: undo never reaches into a case that is closed. */
    public void clear() {
        done.clear();
        undone.clear();
        changed(++lastRevision);
    }

    private void changed(long now) {
        revision.set(now);
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().command().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().command().description());
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long revision() {
        return revision.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the command undo would take back; empty when there is none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** The description of the command redo would do again; empty when there is none. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public int limit() {
        return limit;
    }
}
