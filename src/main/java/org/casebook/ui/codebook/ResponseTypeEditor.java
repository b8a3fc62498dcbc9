package org.casebook.ui.codebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookState;
import org.casebook.domain.ResponseType;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/** The response-types half of the codebook editor: the list, the selected type's form and the commands on it. */
public final class ResponseTypeEditor {

    /** A response type with the number of items tagged with it. */
    public record TypeRow(ResponseType type, long tagged) {
    }

    private final CodebookChanges changes;
    private final DialogService dialogs;
    private final Messages messages;
    private final DeleteQuestion deleteQuestion;
    private final ObservableList<TypeRow> rows = FXCollections.observableArrayList();
    /** Kept, not made per call: an unmodifiable view passes changes on only while someone holds it. */
    private final ObservableList<TypeRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Optional<String>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty phrases = new SimpleStringProperty("");
    private boolean loading;
    /**
     * True while a reload is shown: lists and trees echo it as selection changes, which must not commit the form, still
     * holding what was there before the reload (after an undo, committing it would quietly redo the change).
     */
    private boolean reloading;

    ResponseTypeEditor(CodebookChanges changes, DialogService dialogs, Messages messages) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.deleteQuestion = new DeleteQuestion(dialogs, messages);
    }

    void reload() {
        reloading = true;
        try {
            CodebookState state = changes.state();
            rows.setAll(state.codebook().responseTypes().stream()
                    .map(t -> new TypeRow(t, state.itemsTaggedWithResponseType(t.id()))).toList());
            if (current().isEmpty()) {
                selected.set(Optional.empty());
            }
            loadForm();
        } finally {
            reloading = false;
        }
    }

    /** Selects the type with this id (nothing when empty or unknown), storing what was typed for the one before. */
    public void select(Optional<String> id) {
        Optional<String> known = id.filter(i -> changes.state().codebook().responseType(i).isPresent());
        if (reloading || known.equals(selected.get())) {
            return;
        }
        commitAll();
        selected.set(known);
        loadForm();
    }

    public void commitName() {
        current().filter(t -> !loading && !name.get().strip().equals(t.name())).ifPresent(t -> update(
                messages.format("codebook.edit.rename", t.name(), name.get().strip()),
                new ResponseType(t.id(), name.get(), t.description())));
    }

    public void commitDescription() {
        current().filter(t -> !loading && !description.get().strip().equals(t.description())).ifPresent(t -> update(
                messages.format("codebook.edit.describe", t.name()),
                new ResponseType(t.id(), t.name(), description.get())));
    }

    /** Stores the phrases as typed, one a line, as one edit (see {@link ThemeEditor#commitPhrases()}). */
    public void commitPhrases() {
        current().filter(t -> !loading).ifPresent(t -> {
            List<String> stored = changes.state().phrases().ofResponseType(t.id());
            List<String> typed = PhraseLines.lines(phrases.get());
            if (PhraseLines.differ(phrases.get(), stored)) {
                changes.apply(messages.format("codebook.edit.phrases", t.name()),
                        s -> CodebookEdits.setResponseTypePhrases(s, t.id(), typed));
            } else {
                phrases.set(PhraseLines.text(stored));
            }
        });
    }

    /** Adds a response type and selects it; true when it was added. */
    public boolean add() {
        commitAll();
        String newName = CodebookChanges.freeName(messages.get("codebook.type.new"),
                changes.state().codebook().responseTypes().stream().map(ResponseType::name).toList());
        Optional<ResponseType> added = changes.add(messages.format("codebook.edit.add", newName),
                s -> CodebookEdits.addResponseType(s, newName, ""));
        added.ifPresent(t -> select(Optional.of(t.id())));
        return added.isPresent();
    }

    /** Merges the selected type into one the member picks; items tagged with it keep a tag of that type. */
    public void merge() {
        commitAll();
        current().ifPresent(from -> dialogs.chooseFromList(messages.format("codebook.merge.title", from.name()),
                messages.format("codebook.type.merge.message", from.name()), others(from), ResponseType::name)
                .ifPresent(into -> {
                    if (changes.apply(messages.format("codebook.edit.merge", from.name(), into.name()),
                            s -> CodebookEdits.mergeResponseTypes(s, from.id(), into.id()))) {
                        select(Optional.of(into.id()));
                    }
                }));
    }

    /** Deletes the selected type, asking first what becomes of the items tagged with it. */
    public void delete() {
        commitAll();
        current().ifPresent(type -> {
            DeleteQuestion.Wording wording = new DeleteQuestion.Wording(type.name(),
                    messages.get("codebook.type.delete.move"),
                    messages.format("codebook.type.moveTo.message", type.name()), "");
            deleteQuestion.ask(wording, changes.state().itemsTaggedWithResponseType(type.id()), others(type),
                    ResponseType::name).ifPresent(answer -> {
                        Optional<String> target = answer.moveTo().map(ResponseType::id);
                        String description = answer.moveTo()
                                .map(t -> messages.format("codebook.edit.deleteMoving", type.name(), t.name()))
                                .orElseGet(() -> messages.format("codebook.edit.delete", type.name()));
                        if (changes.apply(description, s -> CodebookEdits.deleteResponseType(s, type.id(), target))) {
                            select(target);
                        }
                    });
        });
    }

    private List<ResponseType> others(ResponseType type) {
        return changes.state().codebook().responseTypes().stream().filter(t -> !t.id().equals(type.id())).toList();
    }

    private void update(String description, ResponseType changed) {
        changes.apply(description, s -> CodebookEdits.updateResponseType(s, changed));
    }

    private void commitAll() {
        commitName();
        commitDescription();
        commitPhrases();
    }

    private Optional<ResponseType> current() {
        return selected.get().flatMap(changes.state().codebook()::responseType);
    }

    private void loadForm() {
        loading = true;
        try {
            Optional<ResponseType> type = current();
            hasSelection.set(type.isPresent());
            name.set(type.map(ResponseType::name).orElse(""));
            description.set(type.map(ResponseType::description).orElse(""));
            phrases.set(PhraseLines.text(type.map(t -> changes.state().phrases().ofResponseType(t.id()))
                    .orElse(List.of())));
        } finally {
            loading = false;
        }
    }

    public ObservableList<TypeRow> rows() {
        return rowsShown;
    }

    public ReadOnlyObjectProperty<Optional<String>> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelection() {
        return hasSelection.getReadOnlyProperty();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty description() {
        return description;
    }

    /** The phrases that suggest the selected type, one a line; stored by {@link #commitPhrases()}. */
    public StringProperty phrases() {
        return phrases;
    }
}
