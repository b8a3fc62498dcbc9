package org.casebook.ui.workspace;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookState;
import org.casebook.domain.Commitment;
import org.casebook.domain.Note;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.service.AnnotationService;
import org.casebook.service.CodebookService;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.ShortText;

/**
 * Every change to an item as one undoable edit with its name ("mark 2 as disputed"). Each inverse puts back exactly
 * what was there: the old stance and rationale, the old tag state, the deleted note or commitment with its id.
 */
final class ItemEdits {

    /** New themes made from the item pane get a calm colour; the codebook editor can change it. */
    static final String NEW_THEME_COLOUR = "#6B7A8F";

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final CodebookService codebook;
    private final DialogService dialogs;
    private final Messages messages;
    private final SuggestionWorkflow suggestions;

    ItemEdits(CaseEdits edits, AnnotationService annotations, CodebookService codebook, SuggestionWorkflow suggestions,
              DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    String text(String key) {
        return messages.get(key);
    }

    /** Asks for a note's new words, starting from the old ones. */
    Optional<String> askNoteText(Note note) {
        return dialogs.editLongText(messages.get("detail.note.edit.title"), messages.get("detail.note.help"), note.text());
    }

    void setStance(ItemRow row, Stance stance, String rationale) {
        Stance oldStance = row.stance();
        String oldRationale = row.item().stanceRationale();
        String description = stance == oldStance
                ? messages.format("edit.rationale", row.path())
                : messages.format(switch (stance) {
                    case AGREE -> "edit.stance.agree";
                    case PARTLY_AGREE -> "edit.stance.partlyAgree";
                    case DISPUTE -> "edit.stance.dispute";
                    case UNANSWERED -> "edit.stance.unanswered";
                    case UNDECIDED -> "edit.stance.undecided";
                }, row.path());
        edits.perform(description,
                db -> annotations.setStance(db, row.id(), stance, rationale),
                db -> annotations.setStance(db, row.id(), oldStance, oldRationale));
    }

    void addTheme(ItemRow row, Theme theme) {
        edits.perform(messages.format("edit.theme.add", row.path(), theme.name()),
                db -> annotations.setTheme(db, row.id(), theme.id(), Optional.of(TagState.CONFIRMED)),
                db -> annotations.setTheme(db, row.id(), theme.id(), Optional.empty()));
    }

    void removeTheme(ItemRow row, Theme theme) {
        edits.perform(messages.format("edit.theme.remove", theme.name(), row.path()),
                db -> annotations.setTheme(db, row.id(), theme.id(), Optional.empty()),
                db -> annotations.setTheme(db, row.id(), theme.id(), Optional.of(TagState.CONFIRMED)));
    }

    /** Asks before adding a theme the codebook lacks; creating and tagging is then one edit, undone together. */
    boolean addNewTheme(ItemRow row, String name) {
        if (edits.handle().isEmpty() || !dialogs.confirm(messages.get("theme.new.title"),
                messages.format("theme.new.message", name), messages.get("theme.new.action"))) {
            return false;
        }
        CodebookState before = codebook.state(edits.handle().get());
        CodebookEdits.Added<Theme> added = CodebookEdits.addTheme(before, name, "", NEW_THEME_COLOUR, Optional.empty());
        edits.perform(messages.format("edit.theme.new", row.path(), added.added().name()),
                db -> {
                    codebook.store(db, added.state());
                    annotations.setTheme(db, row.id(), added.added().id(), Optional.of(TagState.CONFIRMED));
                },
                db -> codebook.store(db, before));
        return true;
    }

    /** Accepts or rejects a suggested theme; undo puts the suggestion back, waiting as before. */
    void answerThemeSuggestion(ItemRow row, Theme theme, boolean accept) {
        edits.perform(messages.format(accept ? "edit.suggestion.acceptTheme" : "edit.suggestion.rejectTheme",
                        theme.name(), row.path()),
                db -> {
                    if (accept) {
                        suggestions.acceptTheme(db, row.id(), theme.id());
                    } else {
                        suggestions.rejectTheme(db, row.id(), theme.id());
                    }
                },
                db -> suggestions.reopenTheme(db, row.id(), theme.id()));
    }

    /** Accepts or rejects a suggested response type; undo puts the suggestion back. */
    void answerResponseTypeSuggestion(ItemRow row, ResponseType type, boolean accept) {
        edits.perform(messages.format(accept ? "edit.suggestion.acceptType" : "edit.suggestion.rejectType",
                        type.name(), row.path()),
                db -> {
                    if (accept) {
                        suggestions.acceptResponseType(db, row.id(), type.id());
                    } else {
                        suggestions.rejectResponseType(db, row.id(), type.id());
                    }
                },
                db -> suggestions.reopenResponseType(db, row.id(), type.id()));
    }

    /** Accepts a suggested commitment as open, or rejects it for good; undo makes it a suggestion again. */
    void answerCommitmentSuggestion(ItemRow row, Commitment commitment, boolean accept) {
        edits.perform(messages.format(accept ? "edit.suggestion.acceptCommitment" : "edit.suggestion.rejectCommitment",
                        ShortText.of(commitment.text()), row.path()),
                db -> {
                    if (accept) {
                        suggestions.acceptCommitment(db, commitment.id());
                    } else {
                        suggestions.rejectCommitment(db, commitment.id());
                    }
                },
                db -> suggestions.reopenCommitment(db, commitment.id()));
    }

    /** Reads the letter again for suggestions, replacing the ones still waiting; undo puts those back. */
    void suggestAgain(long letterId, String letterTitle) {
        edits.handle().ifPresent(database -> {
            SuggestionWorkflow.Pending before = suggestions.pending(database, letterId);
            edits.perform(messages.format("edit.suggestAgain", ShortText.of(letterTitle)),
                    db -> suggestions.suggestForLetter(db, letterId),
                    db -> suggestions.restorePending(db, letterId, before));
        });
    }

    void setResponseType(ItemRow row, ResponseType type, boolean on) {
        Optional<TagState> now = on ? Optional.of(TagState.CONFIRMED) : Optional.empty();
        Optional<TagState> before = on ? Optional.empty() : Optional.of(TagState.CONFIRMED);
        edits.perform(messages.format(on ? "edit.responseType.add" : "edit.responseType.remove", row.path(), type.name()),
                db -> annotations.setResponseType(db, row.id(), type.id(), now),
                db -> annotations.setResponseType(db, row.id(), type.id(), before));
    }

    void addNote(ItemRow row, String text) {
        AtomicReference<Optional<Note>> stored = new AtomicReference<>(Optional.empty());
        edits.perform(messages.format("edit.note.add", row.path()),
                db -> stored.set(Optional.of(stored.get()
                        .map(note -> {
                            annotations.restoreNote(db, note);
                            return note;
                        })
                        .orElseGet(() -> annotations.addNote(db, row.id(), text)))),
                db -> stored.get().ifPresent(note -> annotations.deleteNote(db, note.id())));
    }

    void editNote(ItemRow row, Note note, String text) {
        edits.perform(messages.format("edit.note.edit", row.path()),
                db -> annotations.updateNote(db, note.id(), text),
                db -> annotations.updateNote(db, note.id(), note.text()));
    }

    void deleteNote(ItemRow row, Note note) {
        edits.perform(messages.format("edit.note.delete", row.path()),
                db -> annotations.deleteNote(db, note.id()),
                db -> annotations.restoreNote(db, note));
    }

    /** Adds a commitment; redo puts back the same commitment, id and all, so later edits to it still apply. */
    void addCommitment(ItemRow row, Commitment draft) {
        AtomicReference<Optional<Commitment>> stored = new AtomicReference<>(Optional.empty());
        edits.perform(messages.format("edit.commitment.add", row.path(), ShortText.of(draft.text())),
                db -> stored.set(Optional.of(stored.get()
                        .map(commitment -> {
                            annotations.restoreCommitment(db, commitment);
                            return commitment;
                        })
                        .orElseGet(() -> annotations.addCommitment(db, draft)))),
                db -> stored.get().ifPresent(commitment -> annotations.deleteCommitment(db, commitment.id())));
    }

    void replaceCommitment(ItemRow row, Commitment before, Commitment after) {
        edits.perform(messages.format("edit.commitment.edit", row.path(), ShortText.of(before.text())),
                db -> annotations.replaceCommitment(db, after),
                db -> annotations.replaceCommitment(db, before));
    }

    void deleteCommitment(ItemRow row, Commitment commitment) {
        edits.perform(messages.format("edit.commitment.delete", row.path(), ShortText.of(commitment.text())),
                db -> annotations.deleteCommitment(db, commitment.id()),
                db -> annotations.restoreCommitment(db, commitment));
    }
}
