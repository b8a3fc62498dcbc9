package org.casebook.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.Note;
import org.casebook.domain.Stance;
import org.casebook.domain.ItemTag;
import org.casebook.domain.TagState;

/**
 * The member's work on items: tags, stance, notes and commitments. Every method is one transaction, and every change
 * has an inverse made of the same methods (set back the old state, restore what was deleted), which is what undo uses.
 */
public final class AnnotationService {

    private final Clock clock;

    public AnnotationService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Everything the workspace shows, read in one transaction. */
    public CaseSnapshot snapshot(CaseHandle handle) {
        return handle.read(r -> r.snapshot());
    }

    public void setStance(CaseHandle handle, long itemId, Stance stance, String rationale) {
        handle.update(r -> r.items().setStance(itemId, stance, rationale.strip()));
    }

    /** Puts a theme on an item in the given state, or takes it off when {@code state} is empty. */
    public void setTheme(CaseHandle handle, long itemId, String themeId, Optional<TagState> state) {
        handle.update(r -> state.ifPresentOrElse(
                s -> r.items().setTheme(new ItemTag(itemId, themeId, s)),
                () -> r.items().removeTheme(itemId, themeId)));
    }

    /** Puts a response type on an item in the given state, or takes it off when {@code state} is empty. */
    public void setResponseType(CaseHandle handle, long itemId, String responseTypeId, Optional<TagState> state) {
        handle.update(r -> state.ifPresentOrElse(
                s -> r.items().setResponseType(new ItemTag(itemId, responseTypeId, s)),
                () -> r.items().removeResponseType(itemId, responseTypeId)));
    }

    public Note addNote(CaseHandle handle, long itemId, String text) {
        String clean = requireText(text, "A note needs some text.");
        // The handle keeps microseconds; cut the clock to that, so the note returned is the note stored.
        Instant created = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return handle.write(r -> r.items().addNote(itemId, clean, created));
    }

    public void updateNote(CaseHandle handle, long noteId, String text) {
        String clean = requireText(text, "A note needs some text.");
        handle.update(r -> r.items().updateNote(noteId, clean));
    }

    public void deleteNote(CaseHandle handle, long noteId) {
        handle.update(r -> r.items().deleteNote(noteId));
    }

    /** Puts back a deleted note with its id and date. */
    public void restoreNote(CaseHandle handle, Note note) {
        handle.update(r -> r.items().restoreNote(note));
    }

    /** Stores a new commitment (its id is ignored; text and owner trimmed) and returns it as stored, with its id. */
    public Commitment addCommitment(CaseHandle handle, Commitment commitment) {
        Commitment clean = trimmed(commitment);
        return handle.write(r -> r.commitments().add(clean));
    }

    /** Makes the stored commitment exactly {@code changed} (text and owner trimmed), history included. */
    public void replaceCommitment(CaseHandle handle, Commitment changed) {
        Commitment clean = trimmed(changed);
        handle.update(r -> r.commitments().replace(clean));
    }

    public void deleteCommitment(CaseHandle handle, long commitmentId) {
        handle.update(r -> r.commitments().delete(commitmentId));
    }

    /** Puts back a deleted commitment with its id and history. */
    public void restoreCommitment(CaseHandle handle, Commitment commitment) {
        handle.update(r -> r.commitments().restore(commitment));
    }

    /** Today, in the member's time zone: for due dates and status changes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Commitment trimmed(Commitment c) {
        String text = requireText(c.text(), "A commitment needs the words of the promise.");
        return new Commitment(c.id(), c.letterId(), c.source(), c.itemId(), text, c.owner().strip(), c.due(), c.status(),
                c.history(), c.evidence());
    }

    private static String requireText(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return text.strip();
    }
}
