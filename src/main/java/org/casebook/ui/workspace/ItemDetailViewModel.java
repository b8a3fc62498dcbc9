package org.casebook.ui.workspace;

import java.util.List;
import java.util.Locale;
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
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.ui.commitments.CommitmentDialogs;
import org.casebook.ui.common.Navigation;

/**
 * The selected item in the right-hand pane: its texts, themes, response types, stance, notes and commitments, and
 * every change the member can make to them. Each change is one undoable edit through {@link ItemEdits}.
 */
public final class ItemDetailViewModel {

    /** A response type offered on the item, ticked when the item carries it. */
    public record TypeChoice(ResponseType type, boolean chosen) {
    }

    private final ItemEdits edits;
    private final CommitmentDialogs forms;
    private final Navigation navigation;
    private final ReadOnlyObjectWrapper<Optional<ItemRow>> row = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LetterLinks> letterLinks = new ReadOnlyObjectWrapper<>(LetterLinks.NONE);
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<String> themeNamesToAdd = FXCollections.observableArrayList();
    private final ObservableList<TypeChoice> responseTypes = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<Theme> suggestedThemes = FXCollections.observableArrayList();
    private final ObservableList<ResponseType> suggestedResponseTypes = FXCollections.observableArrayList();
    private final ObservableList<Commitment> suggestedCommitments = FXCollections.observableArrayList();
    private final ObservableList<Commitment> commitments = FXCollections.observableArrayList();
    private final StringProperty responseSelection = new SimpleStringProperty("");
    private WorkspaceData data = WorkspaceData.EMPTY;

    ItemDetailViewModel(ItemEdits edits, CommitmentDialogs forms, Navigation navigation) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
    }

    /** Shows {@code shown} as it is in {@code current}. */
    void show(WorkspaceData current, Optional<ItemRow> shown) {
        data = current;
        row.set(shown);
        present.set(shown.isPresent());
        letterLinks.set(shown.map(r -> current.links(r.letter().id())).orElse(LetterLinks.NONE));
        List<Theme> onItem = shown.map(ItemRow::themes).orElse(List.of());
        themes.setAll(onItem);
        themeNamesToAdd.setAll(current.themes().stream().filter(t -> !onItem.contains(t)).map(Theme::name).toList());
        responseTypes.setAll(shown.isEmpty() ? List.of() : current.responseTypes().stream()
                .map(t -> new TypeChoice(t, shown.get().hasResponseType(t.id()))).toList());
        notes.setAll(shown.map(r -> current.notes(r.id())).orElse(List.of()));
        suggestedThemes.setAll(shown.map(ItemRow::suggestedThemes).orElse(List.of()));
        suggestedResponseTypes.setAll(shown.map(ItemRow::suggestedResponseTypes).orElse(List.of()));
        suggestedCommitments.setAll(shown.map(r -> current.suggestedCommitments(r.id())).orElse(List.of()));
        commitments.setAll(shown.map(r -> current.commitments(r.id())).orElse(List.of()));
    }

    public ReadOnlyObjectProperty<Optional<ItemRow>> row() {
        return row.getReadOnlyProperty();
    }

    /** The e-mail the item's letter came attached to, or the documents attached to it. */
    public ReadOnlyObjectProperty<LetterLinks> letterLinks() {
        return letterLinks.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty present() {
        return present.getReadOnlyProperty();
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    /** Names of the codebook's themes not yet on the item: what the theme field completes from. */
    public ObservableList<String> themeNamesToAdd() {
        return themeNamesToAdd;
    }

    public ObservableList<TypeChoice> responseTypes() {
        return responseTypes;
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public ObservableList<Commitment> commitments() {
        return commitments;
    }

    /** Themes suggested for this item, waiting for the member's answer. */
    public ObservableList<Theme> suggestedThemes() {
        return suggestedThemes;
    }

    /** Response types suggested for this item's response, waiting for the member's answer. */
    public ObservableList<ResponseType> suggestedResponseTypes() {
        return suggestedResponseTypes;
    }

    /** Commitments found in the response, waiting for the member's answer. */
    public ObservableList<Commitment> suggestedCommitments() {
        return suggestedCommitments;
    }

    public void acceptCommitment(Commitment commitment) {
        row.get().ifPresent(r -> edits.answerCommitmentSuggestion(r, commitment, true));
    }

    public void rejectCommitment(Commitment commitment) {
        row.get().ifPresent(r -> edits.answerCommitmentSuggestion(r, commitment, false));
    }

    void suggestAgain(ItemRow shown) {
        edits.suggestAgain(shown.letter().id(), shown.letter().title());
    }

    public void acceptTheme(Theme theme) {
        row.get().ifPresent(r -> edits.answerThemeSuggestion(r, theme, true));
    }

    public void rejectTheme(Theme theme) {
        row.get().ifPresent(r -> edits.answerThemeSuggestion(r, theme, false));
    }

    public void acceptResponseType(ResponseType type) {
        row.get().ifPresent(r -> edits.answerResponseTypeSuggestion(r, type, true));
    }

    public void rejectResponseType(ResponseType type) {
        row.get().ifPresent(r -> edits.answerResponseTypeSuggestion(r, type, false));
    }

    /** Answers the first waiting suggestion (themes, then response types, then commitments): the Alt+Y and Alt+N keys. */
    public void answerFirstSuggestion(boolean accept) {
        if (!suggestedThemes.isEmpty()) {
            Theme first = suggestedThemes.get(0);
            row.get().ifPresent(r -> edits.answerThemeSuggestion(r, first, accept));
        } else if (!suggestedResponseTypes.isEmpty()) {
            ResponseType first = suggestedResponseTypes.get(0);
            row.get().ifPresent(r -> edits.answerResponseTypeSuggestion(r, first, accept));
        } else if (!suggestedCommitments.isEmpty()) {
            Commitment first = suggestedCommitments.get(0);
            row.get().ifPresent(r -> edits.answerCommitmentSuggestion(r, first, accept));
        }
    }

    public void setStance(Stance stance) {
        row.get().filter(r -> r.stance() != stance)
                .ifPresent(r -> edits.setStance(r, stance, r.item().stanceRationale()));
    }

    /** Stores the rationale when it differs from what is stored; called when the member leaves the field. */
    public void saveRationale(String rationale) {
        row.get().filter(r -> !r.item().stanceRationale().equals(rationale.strip()))
                .ifPresent(r -> edits.setStance(r, r.stance(), rationale));
    }

    /**
     * Tags the item with the theme of that name (any case). A name the codebook does not have is offered as a new
     * theme; returns false when nothing was tagged, so the field keeps what was typed.
     */
    public boolean addTheme(String name) {
        Optional<ItemRow> current = row.get();
        String wanted = name.strip();
        if (current.isEmpty() || wanted.isEmpty()) {
            return false;
        }
        Optional<Theme> known = data.themes().stream()
                .filter(t -> t.name().equalsIgnoreCase(wanted) || t.id().equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (known.isPresent()) {
            if (!current.get().hasTheme(known.get().id())) {
                edits.addTheme(current.get(), known.get());
            }
            return true;
        }
        return edits.addNewTheme(current.get(), wanted);
    }

    public void removeTheme(Theme theme) {
        row.get().filter(r -> r.hasTheme(theme.id())).ifPresent(r -> edits.removeTheme(r, theme));
    }

    public void toggleResponseType(ResponseType type) {
        row.get().ifPresent(r -> edits.setResponseType(r, type, !r.hasResponseType(type.id())));
    }

    public void addNote(String text) {
        row.get().filter(r -> !text.isBlank()).ifPresent(r -> edits.addNote(r, text));
    }

    public void editNote(Note note, String text) {
        row.get().filter(r -> !text.isBlank() && !text.strip().equals(note.text()))
                .ifPresent(r -> edits.editNote(r, note, text));
    }

    /** Asks for the note's new words and stores them when they changed. */
    public void editNote(Note note) {
        edits.askNoteText(note).ifPresent(text -> editNote(note, text));
    }

    public void deleteNote(Note note) {
        row.get().ifPresent(r -> edits.deleteNote(r, note));
    }

    /** What the member has selected in the response text; the view keeps it up to date. */
    public StringProperty responseSelection() {
        return responseSelection;
    }

    /** The words selected in the response become an open commitment (the Ctrl+K key and its button). */
    public void addCommitmentFromSelection() {
        addCommitmentFromText(responseSelection.get());
    }

    /** The words the member selected in the response become an open commitment of this item, at once. */
    public void addCommitmentFromText(String selected) {
        String text = selected.strip().replaceAll("\\s+", " ");
        row.get().filter(r -> !text.isEmpty()).ifPresent(r -> edits.addCommitment(r, draft(r, text, "")));
    }

    /** Asks for the words, owner and due date of a commitment of this item. */
    public void addCommitmentByHand() {
        row.get().ifPresent(r -> forms.edit(edits.text("commitment.add.title"),
                        new CommitmentDialogs.Draft("", "", Optional.empty()))
                .ifPresent(d -> edits.addCommitment(r, draft(r, d.text(), d.owner(), d.due()))));
    }

    public void editCommitment(Commitment commitment) {
        row.get().ifPresent(r -> forms.edit(edits.text("commitment.edit.title"),
                        new CommitmentDialogs.Draft(commitment.text(), commitment.owner(), commitment.due()))
                .ifPresent(d -> edits.replaceCommitment(r, commitment, new Commitment(commitment.id(),
                        commitment.letterId(), commitment.source(), commitment.itemId(), d.text(), d.owner(), d.due(),
                        commitment.status(), commitment.history()))));
    }

    public void deleteCommitment(Commitment commitment) {
        row.get().ifPresent(r -> edits.deleteCommitment(r, commitment));
    }

    /** Opens the commitments register, where status and history are kept. */
    public void openRegister() {
        navigation.show(Navigation.Screen.COMMITMENTS);
    }

    private static Commitment draft(ItemRow row, String text, String owner) {
        return draft(row, text, owner, Optional.empty());
    }

    private static Commitment draft(ItemRow row, String text, String owner, Optional<java.time.LocalDate> due) {
        return new Commitment(0, row.letter().id(), CommitmentSource.ITEM, Optional.of(row.id()), text, owner, due,
                CommitmentStatus.OPEN, List.of());
    }

    /** The words a search asks to mark, and in which item. */
    public javafx.beans.property.ReadOnlyObjectProperty<Navigation.Marks> marks() {
        return navigation.marks();
    }
}
