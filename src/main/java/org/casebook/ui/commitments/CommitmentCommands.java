package org.casebook.ui.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Letter;
import org.casebook.domain.StatusChange;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseHandle;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.ui.commitments.CommitmentDialogs.Draft;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.ShortText;
import org.casebook.ui.common.UndoableCommand;

/**
 * The changes a member makes to commitments, each asked for through a form, stored at once and undoable under a name
 * that says which commitment it was ("mark “We will review…” as kept").
 */
final class CommitmentCommands {

    /** Where in a letter a commitment added by hand was made. */
    private record SourceChoice(CommitmentSource source, Optional<Long> itemId, String label) {
    }

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final SuggestionWorkflow suggestions;
    private final CommitmentDialogs forms;
    private final DialogService dialogs;
    private final Messages messages;
    private final CommitmentText words;

    CommitmentCommands(CaseEdits edits, AnnotationService annotations, SuggestionWorkflow suggestions,
                       CommitmentDialogs forms, DialogService dialogs, Messages messages, CommitmentText words) {
        this.edits = edits;
        this.annotations = annotations;
        this.suggestions = suggestions;
        this.forms = forms;
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = words;
    }

    void changeStatus(Commitment before, LocalDate today) {
        forms.changeStatus(messages.get("commitments.status.title"), before, today).ifPresent(draft -> {
            List<StatusChange> history = new ArrayList<>(before.history());
            history.add(new StatusChange(draft.date(), draft.status(), draft.evidence().strip()));
            // The case keeps a history in date order; sorting here (stably) makes what is stored what undo restores.
            history.sort(Comparator.comparing(StatusChange::date));
            // A change dated before the latest one joins the history; the latest dated status stays the current one.
            CommitmentStatus now = history.get(history.size() - 1).status();
            Commitment after = new Commitment(before.id(), before.letterId(), before.source(), before.itemId(),
                    before.text(), before.owner(), before.due(), now, history);
            replace(messages.format("commitments.command.status", ShortText.of(before.text()),
                    words.status(draft.status()).toLowerCase(Locale.UK)), before, after);
        });
    }

    /** Accepts a suggestion as an open commitment, or rejects it; undo makes it a suggestion again. */
    void answer(Commitment suggestion, boolean accept) {
        edits.perform(messages.format(accept ? "commitments.command.accept" : "commitments.command.reject",
                        ShortText.of(suggestion.text())),
                db -> {
                    if (accept) {
                        suggestions.acceptCommitment(db, suggestion.id());
                    } else {
                        suggestions.rejectCommitment(db, suggestion.id());
                    }
                },
                db -> suggestions.reopenCommitment(db, suggestion.id()));
    }

    void edit(Commitment before) {
        Draft initial = new Draft(before.text(), before.owner(), before.due());
        forms.edit(messages.get("commitments.edit.title"), initial).ifPresent(draft -> {
            Commitment after = new Commitment(before.id(), before.letterId(), before.source(), before.itemId(),
                    draft.text().strip(), draft.owner().strip(), draft.due(), before.status(), before.history());
            if (!after.equals(before)) {
                replace(messages.format("commitments.command.edit", ShortText.of(before.text())), before, after);
            }
        });
    }

    void delete(Commitment before) {
        String shortText = ShortText.of(before.text());
        if (dialogs.confirm(messages.get("commitments.delete.title"),
                messages.format("commitments.delete.message", shortText), messages.get("commitments.delete.confirm"))) {
            edits.perform(messages.format("commitments.command.delete", shortText),
                    db -> annotations.deleteCommitment(db, before.id()),
                    db -> annotations.restoreCommitment(db, before));
        }
    }

    /** Asks for the letter, the source and the words; returns the stored commitment unless cancelled or refused. */
    Optional<Commitment> addByHand(CaseSnapshot snapshot) {
        List<Letter> letters = snapshot.letters();
        Optional<Letter> letter = letters.size() == 1 ? Optional.of(letters.get(0))
                : dialogs.chooseFromList(messages.get("commitments.add.title"),
                        messages.get("commitments.add.letter"), letters, this::describe);
        return letter.flatMap(l -> dialogs.chooseFromList(messages.get("commitments.add.title"),
                        messages.format("commitments.add.source", l.title()), sources(snapshot, l), SourceChoice::label)
                .flatMap(source -> forms.edit(messages.get("commitments.add.title"), new Draft("", "", Optional.empty()))
                        .flatMap(draft -> add(new Commitment(0, l.id(), source.source(), source.itemId(),
                                draft.text().strip(), draft.owner().strip(), draft.due(), CommitmentStatus.OPEN,
                                List.of())))));
    }

    private Optional<Commitment> add(Commitment draft) {
        Optional<CaseHandle> database = edits.handle();
        if (database.isEmpty()) {
            return Optional.empty();
        }
        AddCommitment command = new AddCommitment(database.get(), draft,
                messages.format("commitments.command.add", ShortText.of(draft.text())));
        edits.perform(command);
        return command.stored;
    }

    private void replace(String description, Commitment before, Commitment after) {
        edits.perform(description, db -> annotations.replaceCommitment(db, after),
                db -> annotations.replaceCommitment(db, before));
    }

    private String describe(Letter letter) {
        return letter.date().map(d -> messages.format("commitments.add.letterDated", letter.title(),
                CommitmentText.date(d))).orElse(letter.title());
    }

    private List<SourceChoice> sources(CaseSnapshot snapshot, Letter letter) {
        // In the order of the letter: its introduction, the items, its closing.
        Stream<SourceChoice> items = snapshot.itemsOf(letter.id()).stream().map(item -> new SourceChoice(
                CommitmentSource.ITEM, Optional.of(item.id()),
                messages.format("commitments.add.item", item.path(), ShortText.of(item.concern()))));
        return Stream.of(
                Stream.of(new SourceChoice(CommitmentSource.INTRO, Optional.empty(), messages.get("commitments.add.intro"))),
                items,
                Stream.of(new SourceChoice(CommitmentSource.CLOSING, Optional.empty(), messages.get("commitments.add.closing"))))
                .flatMap(Function.identity()).toList();
    }

    /**
     * Adding, undone by deleting. Redo must give back the same commitment under the same id (other commands on the
     * stack may name it), so the first execute remembers what was stored and redo restores exactly that.
     */
    private final class AddCommitment implements UndoableCommand {
        private final CaseHandle database;
        private final Commitment draft;
        private final String description;
        private Optional<Commitment> stored = Optional.empty();

        AddCommitment(CaseHandle database, Commitment draft, String description) {
            this.database = database;
            this.draft = Objects.requireNonNull(draft, "draft");
            this.description = description;
        }

        @Override
        public void execute() {
            if (stored.isPresent()) {
                annotations.restoreCommitment(database, stored.get());
            } else {
                stored = Optional.of(annotations.addCommitment(database, draft));
            }
        }

        @Override
        public void undo() {
            stored.ifPresent(c -> annotations.deleteCommitment(database, c.id()));
        }

        @Override
        public String description() {
            return description;
        }
    }
}
