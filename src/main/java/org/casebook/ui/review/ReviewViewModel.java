package org.casebook.ui.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.service.ImportDraft;
import org.casebook.service.ReviewSession;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review step: the member corrects how a letter was split and fills in what it is, then stores it or drops it.
 * Nothing reaches the case until {@link #save()}. Every correction is an undoable command ({@link SplitCorrections});
 * the letter's details live in {@link ReviewForm}. Runs without the JavaFX thread.
 */
public final class ReviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    /** How the review ended. */
    public enum Outcome { SAVED, CANCELLED }

    /** What a piece of the letter's text is, for colouring it. */
    public enum RegionKind { INTRO, CONCERN, RESPONSE, CLOSING }

    /** A stretch of the letter's text of one kind; {@code selected} when it belongs to the selected item. */
    public record TextRegion(TextSpan span, RegionKind kind, boolean selected) {
    }

    /** An item as the list shows it: its path, depth and the first line of its concern and of its response. */
    public record ItemRow(String path, int depth, String concern, Optional<String> response) {
    }

    /** What the review needs: the session over the open case that holds the split being corrected. */
    public record Dependencies(ReviewSession session, DialogService dialogs, TaskRunner tasks, Messages messages) {
        public Dependencies {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(messages, "messages");
        }
    }

    private final Dependencies deps;
    private final ImportDraft draft;
    private final Consumer<Outcome> onClose;
    private final ReviewForm form;
    private final SplitCorrections corrections;
    private final ReadOnlyObjectWrapper<SplitResult> split;
    private final ReadOnlyObjectWrapper<Shape> shape = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<String>> selectedPath = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<TextRegion>> regions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Optional<TextSpan>> selectedSpan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanBinding hasSelection;
    private final BooleanBinding canSave;
    private final StringBinding status;
    private final BooleanBinding hasProblem;
    private boolean closed;

    public ReviewViewModel(Dependencies deps, Consumer<Outcome> onClose) {
        this.deps = Objects.requireNonNull(deps, "deps");
        this.draft = deps.session().draft();
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.form = new ReviewForm(draft, deps.session().bodies(), deps.session().meetings(), deps.messages());
        this.split = new ReadOnlyObjectWrapper<>(deps.session().split());
        this.corrections = new SplitCorrections(deps.session(), selectedPath, this::show, deps.dialogs(),
                deps.messages());
        hasSelection = Bindings.createBooleanBinding(() -> selectedPath.get().isPresent(), selectedPath);
        status = Bindings.createStringBinding(() -> form.problem().get()
                .orElseGet(() -> deps.messages().get("review.nothingStored")), form.problem());
        hasProblem = Bindings.createBooleanBinding(() -> form.problem().get().isPresent(), form.problem());
        canSave = Bindings.createBooleanBinding(() -> form.problem().get().isEmpty() && !saving.get(),
                form.problem(), saving);
        selectedPath.addListener((obs, old, path) -> refreshRegions());
        refresh();
    }

    public ReviewForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<SplitResult> splitProperty() {
        return split.getReadOnlyProperty();
    }

    public SplitResult split() {
        return split.get();
    }

    public String fullText() {
        return draft.split().fullText();
    }

    /** The file (or "Pasted text") the letter came from. */
    public String sourceName() {
        return draft.original().isPresent() ? draft.source().fileName() : deps.messages().get("review.source.pasted");
    }

    public ObservableList<ItemRow> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The item the member is working on; the view writes it from the list's selection. */
    public ObjectProperty<Optional<String>> selectedPathProperty() {
        return selectedPath;
    }

    public ReadOnlyObjectProperty<List<TextRegion>> regionsProperty() {
        return regions.getReadOnlyProperty();
    }

    /** Where the selected item's text is, from its concern to the end of its response. */
    public ReadOnlyObjectProperty<Optional<TextSpan>> selectedSpanProperty() {
        return selectedSpan.getReadOnlyProperty();
    }

    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    /**
     * "Split confidence 85% · no warnings", or the splitter's warnings one a line, for the member to check first: those
     * of the latest reading (the import's, or the shape the member chose since).
     */
    public String splitSummary() {
        SplitResult result = split.get();
        String confidence = text("review.confidence", Math.round(result.confidence() * 100));
        if (result.warnings().isEmpty()) {
            return text("review.warnings.none", confidence);
        }
        StringBuilder summary = new StringBuilder(text("review.warnings.some", confidence, result.warnings().size()));
        result.warnings().forEach(warning -> summary.append('\n').append(text("review.warning", warning)));
        return summary.toString();
    }

    public boolean hasWarnings() {
        return !split.get().warnings().isEmpty();
    }

    /** The shape the letter is read as now, for "Recognised as: …". */
    public ReadOnlyObjectProperty<Shape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** Every shape the member may choose, named, in the order the choice lists them. */
    public List<ShapeOption> shapeOptions() {
        return Arrays.stream(Shape.values()).map(this::option).toList();
    }

    /** The shape the letter is read as now, named. */
    public ShapeOption shapeOption() {
        return option(shape.get());
    }

    private ShapeOption option(Shape which) {
        return new ShapeOption(which, deps.messages().get(ShapeNames.key(which)));
    }

    /** "No response", for the list's badge. */
    public String noResponseText() {
        return deps.messages().get("review.noResponse");
    }

    public ReadOnlyBooleanProperty canUndo() {
        return corrections.canUndo();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return corrections.canRedo();
    }

    /** "Undo: merge 1/a and 1/b", or plain "Undo" when there is nothing to undo. */
    public StringBinding undoLabel() {
        return corrections.undoLabel();
    }

    public StringBinding redoLabel() {
        return corrections.redoLabel();
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** Why the letter cannot be saved yet, or a reminder that nothing is stored before saving. */
    public StringBinding status() {
        return status;
    }

    /** Whether {@link #status()} names a problem to fix. */
    public BooleanBinding hasProblem() {
        return hasProblem;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Whether the member changed anything: the split or the details. */
    public boolean edited() {
        return corrections.edited() || form.touched();
    }

    // Corrections (each undoable; see SplitCorrections) ---------------------------------------------------------

    /** The response of the item under the caret starts at the caret. */
    public void responseStartsAt(int caret) {
        corrections.responseStartsAt(caret);
    }

    /** The item under the caret becomes two items at the caret. */
    public void splitAt(int caret) {
        corrections.splitAt(caret);
    }

    public void mergeWithNext() {
        corrections.mergeWithNext();
    }

    public void markNoResponse() {
        corrections.markNoResponse();
    }

    /** Asks for the selected item's new label. */
    public void changeLabel() {
        corrections.changeLabel();
    }

    /** Offers the top level and every earlier item (but the item's own sub-items) as the selected item's parent. */
    public void changeParent() {
        corrections.changeParent();
    }

    /** Splits the letter again as {@code which}, undoably; choosing the shape it is read as already does nothing. */
    public void reshape(Shape which) {
        corrections.reshape(which);
    }

    public void undo() {
        corrections.undo();
    }

    public void redo() {
        corrections.redo();
    }

    // Ending the review -----------------------------------------------------------------------------------------

    /** Stores the letter with the corrected split and the form's details, in the background; then the review closes. */
    public void save() {
        if (closed || !canSave.get()) {
            return;
        }
        var details = form.details();
        saving.set(true);
        SplitResult reviewed = deps.session().split();
        deps.tasks().run(progress -> deps.session().store(details), stored -> {
            saving.set(false);
            LOG.info("Stored letter {} with {} items and {} attached letters", stored.letter().id(),
                    stored.items().size(), stored.attached().size());
            AttachedLettersNotice.of(draft, reviewed, stored, deps.messages()).ifPresent(notice ->
                    deps.dialogs().showInfo(text("review.saved.attachments.title"), notice));
            close(Outcome.SAVED);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ImportException refused) {
                deps.dialogs().showError(text("review.save.failed"), refused.getMessage());
            } else {
                LOG.error("Storing {} failed", draft.source().fileName(), failure);
                deps.dialogs().showError(text("review.save.failed"), text("case.failed.unexpected"), failure);
            }
        });
    }

    /** Drops the draft; asks first when the member has changed anything. Nothing is stored. */
    public void cancel() {
        if (closed || saving.get()) {
            return;
        }
        if (edited() && !deps.dialogs().confirm(text("review.cancel.title"), text("review.cancel.message"),
                text("review.cancel.confirm"))) {
            return;
        }
        close(Outcome.CANCELLED);
    }

    private void close(Outcome outcome) {
        closed = true;
        onClose.accept(outcome);
    }

    // Inner workings ---------------------------------------------------------------------------------------------

    /** Shows another version of the split, keeping the selection on the same place in the list. */
    private void show(SplitResult result) {
        int index = selected().map(this::indexOf).orElse(-1);
        split.set(result);
        refresh();
        if (index >= 0 && !result.items().isEmpty()) {
            selectedPath.set(Optional.of(result.items().get(Math.min(index, result.items().size() - 1)).path()));
        }
    }

    private void refresh() {
        shape.set(split.get().shape());
        items.setAll(SplitDisplay.rows(split.get()));
        if (selected().filter(path -> indexOf(path) < 0).isPresent()) {
            selectedPath.set(Optional.empty());
        }
        refreshRegions();
    }

    private void refreshRegions() {
        regions.set(SplitDisplay.regions(split.get(), selected()));
        selectedSpan.set(selected().flatMap(path -> SplitDisplay.extent(split.get(), path)));
    }

    private Optional<String> selected() {
        return selectedPath.get();
    }

    private int indexOf(String path) {
        return indexOf(split.get(), path);
    }

    /** Where item {@code path} is in the split's list, or -1. */
    static int indexOf(SplitResult result, String path) {
        List<SplitItem> list = result.items();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private String text(String key, Object... arguments) {
        return deps.messages().format(key, arguments);
    }
}
