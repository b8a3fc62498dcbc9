package org.casebook.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.service.ReviewSession;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.UndoStack;
import org.casebook.ui.common.UndoableCommand;

/**
 * The review step's corrections to a split, each an undoable command on the review's own stack: move where a response
 * starts, split, merge, mark "no response", relabel, re-parent, read as another shape. The session does each correction; a correction it
 * refuses is explained and not recorded. What the member sees changes through {@code show}.
 */
final class SplitCorrections {

    private final ReviewSession session;
    private final ObjectProperty<Optional<String>> selectedPath;
    private final Consumer<SplitResult> show;
    private final DialogService dialogs;
    private final Messages messages;
    private final UndoStack undo = new UndoStack();
    private final StringBinding undoLabel;
    private final StringBinding redoLabel;

    SplitCorrections(ReviewSession session, ObjectProperty<Optional<String>> selectedPath, Consumer<SplitResult> show,
                     DialogService dialogs, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.selectedPath = Objects.requireNonNull(selectedPath, "selectedPath");
        this.show = Objects.requireNonNull(show, "show");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        undoLabel = Bindings.createStringBinding(() -> undo.canUndoProperty().get()
                ? text("review.undo.named", undo.undoDescriptionProperty().get()) : text("review.undo"),
                undo.canUndoProperty(), undo.undoDescriptionProperty());
        redoLabel = Bindings.createStringBinding(() -> undo.canRedoProperty().get()
                ? text("review.redo.named", undo.redoDescriptionProperty().get()) : text("review.redo"),
                undo.canRedoProperty(), undo.redoDescriptionProperty());
    }

    /** The response of the item under the caret starts at the caret. */
    void responseStartsAt(int caret) {
        itemAt(caret).ifPresent(path -> apply(text("review.command.responseStarts", path),
                s -> s.responseStartsAt(path, caret)));
    }

    /** The item under the caret becomes two items at the caret. */
    void splitAt(int caret) {
        itemAt(caret).ifPresent(path -> apply(text("review.command.split", path), s -> s.splitAt(path, caret)));
    }

    void mergeWithNext() {
        selected().ifPresent(path -> {
            List<SplitItem> items = session.split().items();
            int index = indexOf(path);
            if (index + 1 >= items.size()) {
                refused(text("review.refused.last", path));
                return;
            }
            apply(text("review.command.merge", path, items.get(index + 1).path()), s -> s.mergeWithNext(path));
        });
    }

    void markNoResponse() {
        selected().ifPresent(path -> apply(text("review.command.noResponse", path), s -> s.markNoResponse(path)));
    }

    /** Asks for the selected item's new label. */
    void changeLabel() {
        selected().ifPresent(path -> {
            SplitItem item = session.split().items().get(indexOf(path));
            dialogs.askText(text("review.label.title"), text("review.label.message", path), item.label())
                    .filter(label -> !label.strip().equals(item.label()))
                    .ifPresent(label -> apply(text("review.command.label", path, label.strip()),
                            s -> s.relabel(path, label)));
        });
    }

    /** Offers the top level and every earlier item (but the item's own sub-items) as the selected item's parent. */
    void changeParent() {
        selected().ifPresent(path -> {
            List<Optional<String>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            for (SplitItem item : session.split().items()) {
                if (item.path().equals(path)) {
                    break;
                }
                choices.add(Optional.of(item.path()));
            }
            choices.remove(session.split().items().get(indexOf(path)).parentPath());
            dialogs.chooseFromList(text("review.parent.title"), text("review.parent.message", path), choices,
                            choice -> choice.map(this::describeItem).orElse(text("review.parent.top")))
                    .ifPresent(parent -> apply(parent.map(p -> text("review.command.parent", path, p))
                                    .orElse(text("review.command.parentTop", path)),
                            s -> s.reparent(path, parent)));
        });
    }

    /** The letter is read again as {@code shape}; nothing happens when it is already read so. */
    void reshape(Shape shape) {
        if (session.split().shape() != shape) {
            apply(text("review.command.reshape", text(ShapeNames.key(shape))), s -> s.reshape(shape));
        }
    }

    void undo() {
        undo.undo();
    }

    void redo() {
        undo.redo();
    }

    ReadOnlyBooleanProperty canUndo() {
        return undo.canUndoProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return undo.canRedoProperty();
    }

    StringBinding undoLabel() {
        return undoLabel;
    }

    StringBinding redoLabel() {
        return redoLabel;
    }

    /** Whether any correction was made (and not all undone). */
    boolean edited() {
        return undo.revision() != 0;
    }

    private void apply(String description, Function<ReviewSession, SplitResult> correction) {
        SplitResult before = session.split();
        SplitResult after;
        try {
            after = correction.apply(session);
        } catch (IllegalArgumentException e) {
            refused(e.getMessage());
            return;
        }
        undo.execute(new SplitChange(before, after, description));
    }

    /** Swaps the whole split, so undo is exact whatever the correction did. */
    private final class SplitChange implements UndoableCommand {
        private final SplitResult before;
        private final SplitResult after;
        private final String description;

        SplitChange(SplitResult before, SplitResult after, String description) {
            this.before = before;
            this.after = after;
            this.description = description;
        }

        @Override
        public void execute() {
            session.restore(after);
            show.accept(after);
        }

        @Override
        public void undo() {
            session.restore(before);
            show.accept(before);
        }

        @Override
        public String description() {
            return description;
        }
    }

    /** The item whose text holds the caret, now selected; explained when the caret is outside every item. */
    private Optional<String> itemAt(int caret) {
        Optional<String> path = SplitDisplay.itemAt(session.split(), caret);
        path.ifPresentOrElse(p -> selectedPath.set(Optional.of(p)), () -> refused(text("review.refused.caret")));
        return path;
    }

    private void refused(String message) {
        dialogs.showInfo(text("review.refused.title"), message);
    }

    private Optional<String> selected() {
        return selectedPath.get();
    }

    private int indexOf(String path) {
        return ReviewViewModel.indexOf(session.split(), path);
    }

    private String describeItem(String path) {
        return text("review.parent.item", path,
                SplitDisplay.firstLine(session.split().items().get(indexOf(path)).concern()));
    }

    private String text(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
