package org.casebook.ui.threads;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.casebook.domain.LinkSuggestion;
import org.casebook.service.CaseHandle;
import org.casebook.service.ThreadService.ThreadChange;
import org.casebook.service.ThreadService;
import org.casebook.ui.common.CaseEdits;

/**
 * Changes to threads on the window's undo stack. The first run keeps the {@link ThreadChange} the service returns;
 * undo reverts it and redo applies it again, so a thread comes back with the same id and items every time.
 */
final class ThreadEdits {

    private final CaseEdits edits;
    private final ThreadService threads;

    ThreadEdits(CaseEdits edits, ThreadService threads) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /** Does the change; the change it made, or empty when it was refused (the member has been told why). */
    Optional<ThreadChange> perform(String description, Function<CaseHandle, ThreadChange> change) {
        AtomicReference<ThreadChange> done = new AtomicReference<>();
        edits.perform(description, db -> {
            if (done.get() == null) {
                done.set(change.apply(db));
            } else {
                threads.apply(db, done.get());
            }
        }, db -> threads.revert(db, done.get()));
        return Optional.ofNullable(done.get());
    }

    void confirm(String description, LinkSuggestion link, java.util.function.LongConsumer select) {
        perform(description, db -> threads.confirmLink(db, link.itemA(), link.itemB()))
                .flatMap(c -> c.after().stream().findFirst()).ifPresent(t -> select.accept(t.id()));
    }

    void reject(String description, LinkSuggestion link) {
        edits.perform(description, db -> threads.rejectLink(db, link.itemA(), link.itemB()),
                db -> threads.unrejectLink(db, link.itemA(), link.itemB()));
    }
}
