package org.casebook.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.domain.Body;
import org.casebook.domain.Meeting;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.split.SplitEditor;

/**
 * One letter under review: the split the member is correcting, before anything is stored. Each correction replaces
 * the whole split, so a screen can keep the earlier ones for undo and {@link #restore} them exactly. Nothing reaches
 * the case until {@link #store}, which is one transaction. Made by {@link LetterImportService#review}.
 */
public final class ReviewSession {

    /** How a reviewed letter is stored: as a letter, or as the response to an FOI request with its answers. */
    @FunctionalInterface
    interface Storing {
        LetterImportService.StoredLetter store(CaseHandle handle, ImportDraft draft, SplitResult split,
                LetterDetails details);
    }

    private final LetterImportService imports;
    private final CaseHandle handle;
    private final ImportDraft draft;
    private final Storing storing;
    private SplitResult split;

    ReviewSession(LetterImportService imports, CaseHandle handle, ImportDraft draft) {
        this(imports, handle, draft, imports::store);
    }

    ReviewSession(LetterImportService imports, CaseHandle handle, ImportDraft draft, Storing storing) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.handle = Objects.requireNonNull(handle, "handle");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.storing = Objects.requireNonNull(storing, "storing");
        this.split = draft.split();
    }

    public ImportDraft draft() {
        return draft;
    }

    /** The split as corrected so far. */
    public SplitResult split() {
        return split;
    }

    /** The response of item {@code path} starts at {@code offset} in the letter's text. */
    public SplitResult responseStartsAt(String path, int offset) {
        return correct(editor -> editor.responseStartsAt(path, offset));
    }

    /** Item {@code path} becomes two items at {@code offset}. */
    public SplitResult splitAt(String path, int offset) {
        return correct(editor -> editor.splitAt(path, offset));
    }

    /** Item {@code path} and the one after it become one item. */
    public SplitResult mergeWithNext(String path) {
        return correct(editor -> editor.mergeWithNext(path));
    }

    /** Item {@code path} has no response: what followed its concern is part of the concern. */
    public SplitResult markNoResponse(String path) {
        return correct(editor -> editor.markNoResponse(path));
    }

    public SplitResult relabel(String path, String label) {
        return correct(editor -> editor.relabel(path, label));
    }

    /** Item {@code path} moves under {@code parentPath}, or to the top level when empty. */
    public SplitResult reparent(String path, Optional<String> parentPath) {
        return correct(editor -> editor.reparent(path, parentPath));
    }

    /**
     * The letter read again as {@code shape}, from its text as imported: earlier corrections give way to the new
     * reading (undo brings them back, through {@link #restore}).
     */
    public SplitResult reshape(Shape shape) {
        split = imports.reshape(draft, Objects.requireNonNull(shape, "shape"));
        return split;
    }

    /** Goes back (or forward again) to a split this session gave out before: what undo and redo use. */
    public void restore(SplitResult earlier) {
        split = Objects.requireNonNull(earlier, "earlier");
    }

    /** The bodies the case knows, for the details form. */
    public List<Body> bodies() {
        return handle.read(r -> r.bodies().bodies());
    }

    /** The meetings the case knows, for the details form. */
    public List<Meeting> meetings() {
        return handle.read(r -> r.bodies().meetings());
    }

    /**
     * Stores the letter with the split as corrected and the member's details, as one transaction.
     *
     * @throws org.casebook.importing.model.ImportException when the case refuses it (imported before, a meeting
     *         without a body); nothing is stored then
     */
    public LetterImportService.StoredLetter store(LetterDetails details) {
        return storing.store(handle, draft, split, details);
    }

    /** A correction the editor refuses throws {@link IllegalArgumentException} and leaves the split as it was. */
    private SplitResult correct(Function<SplitEditor, SplitResult> edit) {
        split = edit.apply(new SplitEditor(split));
        return split;
    }
}
