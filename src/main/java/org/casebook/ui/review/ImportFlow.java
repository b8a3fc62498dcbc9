package org.casebook.ui.review;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.casebook.domain.CancelledException;
import org.casebook.domain.Letter;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.model.ImportException;
import org.casebook.service.CaseHandle;
import org.casebook.service.ImportDraft;
import org.casebook.service.FoiResponseService;
import org.casebook.service.LetterImportService;
import org.casebook.service.ReviewSession;
import org.casebook.ui.common.CaseSession;
import org.casebook.ui.common.DialogService.FileType;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.OpenCase;
import org.casebook.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing letters into the open case: choose, drop or paste, read and split in the background (with Cancel), stop
 * at a letter imported before, then one review at a time. Files dropped together are reviewed one after another.
 * Runs without the JavaFX thread.
 */
public final class ImportFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFlow.class);

    /** What importing needs from the rest of the app. */
    public record Dependencies(CaseSession session, LetterImportService imports, DialogService dialogs,
                               TaskRunner tasks, Messages messages) {
        public Dependencies {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(imports, "imports");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(messages, "messages");
        }
    }

    /** A draft with the letter already stored from the same bytes, if any, and how its review is made. */
    private record Prepared(ImportDraft draft, Optional<Letter> existing,
                            Optional<java.util.function.Function<ImportDraft, ReviewSession>> review) {
        Prepared(ImportDraft draft, Optional<Letter> existing) {
            this(draft, existing, Optional.empty());
        }
    }

    private final Dependencies deps;
    private final Deque<Path> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Optional<ReviewViewModel>> review = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;

    public ImportFlow(Dependencies deps) {
        this.deps = Objects.requireNonNull(deps, "deps");
        CaseSession session = deps.session();
        canImport = Bindings.createBooleanBinding(() -> session.currentCase().isPresent() && !session.busyProperty().get()
                        && review.get().isEmpty() && !preparing.get(),
                session.currentCaseProperty(), session.busyProperty(), review, preparing);
        // A case closed or swapped mid-review takes its review and the files still waiting with it.
        session.currentCaseProperty().addListener((obs, old, now) -> {
            if (now.map(OpenCase::handle).equals(old.map(OpenCase::handle))) {
                return;
            }
            queue.clear();
            review.set(Optional.empty());
        });
    }

    /** The review on screen, if any. */
    public ReadOnlyObjectProperty<Optional<ReviewViewModel>> review() {
        return review.getReadOnlyProperty();
    }

    /** A case is open and nothing else is being imported or reviewed. */
    public BooleanBinding canImport() {
        return canImport;
    }

    /** File ▸ Import letter…: asks for one file. */
    public void importFile() {
        if (canImport.get()) {
            deps.dialogs().chooseFileToOpen(text("import.choose.title"), List.of(
                    new FileType(text("import.choose.letters"), List.of("*.pdf", "*.docx", "*.odt", "*.html",
                            "*.htm", "*.eml", "*.txt", "*.PDF", "*.DOCX", "*.ODT", "*.HTML", "*.HTM", "*.EML", "*.TXT")),
                    new FileType(text("import.choose.all"), List.of("*.*"))))
                    .ifPresent(file -> importFiles(List.of(file)));
        }
    }

    /**
     * A body's response to an FOI request: read, split and reviewed like any letter; saving stores it with its
     * answers matched to the request's questions (a WhatDoTheyKnow correspondence zip is read for its response).
     */
    public void importResponse(FoiResponseService responses, long requestId) {
        if (!canImport.get()) {
            return;
        }
        deps.dialogs().chooseFileToOpen(text("import.choose.response"), List.of(
                new FileType(text("import.choose.letters"), List.of("*.pdf", "*.docx", "*.odt", "*.html",
                        "*.htm", "*.eml", "*.txt", "*.zip", "*.PDF", "*.DOCX", "*.ODT", "*.HTML", "*.HTM", "*.EML",
                        "*.TXT", "*.ZIP")),
                new FileType(text("import.choose.all"), List.of("*.*"))))
                .ifPresent(file -> start(text("import.progress.title", file.getFileName()), (database, progress) ->
                        new Prepared(responses.prepare(database, requestId, file, progress), Optional.empty(),
                                Optional.of(draft -> responses.review(database, requestId, draft)))));
    }

    /** Files dropped on the window: each is read and reviewed in turn. */
    public void importFiles(List<Path> files) {
        if (canImport.get() && !files.isEmpty()) {
            queue.addAll(files);
            next();
        }
    }

    /** File ▸ Paste letter text…: the text of a letter that came in an email, say. */
    public void pasteText() {
        if (!canImport.get()) {
            return;
        }
        deps.dialogs().askLongText(text("import.paste.title"), text("import.paste.message")).ifPresent(pasted ->
                start(text("import.progress.pasted"), (database, progress) ->
                        checked(database, deps.imports().preparePasted(pasted))));
    }

    private void next() {
        Path file = queue.poll();
        if (file != null) {
            start(text("import.progress.title", file.getFileName()), (database, progress) ->
                    checked(database, deps.imports().prepare(file, progress)));
        }
    }

    private Prepared checked(CaseHandle database, ImportDraft draft) {
        return new Prepared(draft, deps.imports().alreadyImported(database, draft));
    }

    /** Reading and splitting in the background, with Cancel. */
    @FunctionalInterface
    private interface Preparation {
        Prepared prepare(CaseHandle database, ProgressListener progress);
    }

    private void start(String title, Preparation preparation) {
        Optional<OpenCase> open = deps.session().currentCase();
        if (open.isEmpty()) {
            queue.clear();
            return;
        }
        CaseHandle database = open.get().handle();
        preparing.set(true);
        deps.tasks().<Prepared>runCancellable(progress -> preparation.prepare(database, progress),
                prepared -> prepared(database, prepared), this::failed)
                .ifPresent(work -> deps.dialogs().showProgress(title, work));
    }

    private void prepared(CaseHandle database, Prepared prepared) {
        preparing.set(false);
        if (prepared.existing().isPresent()) {
            Letter letter = prepared.existing().get();
            deps.dialogs().showInfo(text("import.already.title"), letter.source()
                    .map(s -> text("import.already.message", letter.title(),
                            LetterImportService.originalPath(database, s.sha256(), s.fileName())))
                    .orElseGet(() -> text("import.already.pasted", letter.title())));
            next();
            return;
        }
        review.set(Optional.of(new ReviewViewModel(new ReviewViewModel.Dependencies(
                prepared.review().map(r -> r.apply(prepared.draft()))
                        .orElseGet(() -> deps.imports().review(database, prepared.draft())),
                deps.dialogs(), deps.tasks(), deps.messages()),
                this::reviewed)));
    }

    private void reviewed(ReviewViewModel.Outcome outcome) {
        review.set(Optional.empty());
        if (outcome == ReviewViewModel.Outcome.SAVED) {
            deps.session().refreshSummary();
        }
        next();
    }

    private void failed(Throwable failure) {
        preparing.set(false);
        if (failure instanceof CancelledException) {
            // The member chose to stop: the files still waiting are dropped too, and nothing was stored.
            queue.clear();
            deps.dialogs().showInfo(text("import.cancelled.title"), text("import.cancelled.message"));
            return;
        }
        if (failure instanceof ImportException problem) {
            LOG.info("Import refused: {}", problem.getMessage());
            deps.dialogs().showError(text("import.failed.title"), problem.getMessage());
        } else {
            LOG.error("Import failed unexpectedly", failure);
            deps.dialogs().showError(text("import.failed.title"), text("case.failed.unexpected"), failure);
        }
        next();
    }

    private String text(String key, Object... arguments) {
        return deps.messages().format(key, arguments);
    }
}
