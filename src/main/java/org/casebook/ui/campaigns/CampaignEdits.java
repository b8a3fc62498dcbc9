package org.casebook.ui.campaigns;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.FoiState;
import org.casebook.service.CaseHandle;
import org.casebook.service.FoiService;
import org.casebook.service.FoiService.BodyImport;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.UndoableCommand;

/**
 * The changes of the campaigns screen, each one undoable on the case's stack. Sending and a change of state are tried
 * first, outside the stack, so that a refusal can be shown in the form that asked (nothing is stored then); what was
 * stored goes on the stack already done, and redo does it again.
 */
final class CampaignEdits {

    private final CaseEdits edits;
    private final FoiService foi;

    CampaignEdits(CaseEdits edits, FoiService foi) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.foi = Objects.requireNonNull(foi, "foi");
    }

    /** A new campaign; undo removes it. Hands the stored campaign to {@code created}. */
    void createCampaign(String description, String title, List<String> questions, String template,
                        Consumer<Campaign> created) {
        long[] id = new long[1];
        edits.perform(description, db -> {
            Campaign campaign = foi.createCampaign(db, title, questions, Optional.of(template));
            id[0] = campaign.id();
            created.accept(campaign);
        }, db -> foi.deleteCampaign(db, id[0]));
    }

    /** Bodies from a list of authorities; undo takes back the bodies it added and the profiles it changed. */
    void importBodies(String description, Path csv, Optional<String> tag, Consumer<BodyImport> done) {
        BodyImport[] last = new BodyImport[1];
        edits.perform(description, db -> {
            last[0] = foi.importBodies(db, csv, tag);
            done.accept(last[0]);
        }, db -> foi.undoImport(db, last[0]));
    }

    /** Records a request as sent, or says why not; undo takes the request back. */
    Optional<String> recordSent(String description, long campaignId, long bodyId, LocalDate sent, Optional<String> url) {
        return tried(description, db -> foi.recordSent(db, campaignId, bodyId, sent, url),
                (db, view) -> foi.deleteRequest(db, view.request().id()));
    }

    /** Records a request's new state, or says why not; undo takes the entry out of its history. */
    Optional<String> changeState(String description, long requestId, FoiState state, LocalDate date, String note) {
        return tried(description, db -> foi.changeState(db, requestId, state, date, note),
                (db, change) -> foi.undoChange(db, change));
    }

    private <T> Optional<String> tried(String description, Function<CaseHandle, T> change,
                                       BiConsumer<CaseHandle, T> inverse) {
        Optional<CaseHandle> handle = edits.handle();
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        CaseHandle db = handle.get();
        T first;
        try {
            first = change.apply(db);
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
        edits.perform(new Done<>(description, db, first, change, inverse));
        return Optional.empty();
    }

    /** A change already made once; the stack's first execute only records it, a redo makes it again. */
    private static final class Done<T> implements UndoableCommand {
        private final String description;
        private final CaseHandle db;
        private final Function<CaseHandle, T> change;
        private final BiConsumer<CaseHandle, T> inverse;
        private T made;
        private boolean fresh = true;

        Done(String description, CaseHandle db, T made, Function<CaseHandle, T> change,
             BiConsumer<CaseHandle, T> inverse) {
            this.description = description;
            this.db = db;
            this.made = made;
            this.change = change;
            this.inverse = inverse;
        }

        @Override
        public void execute() {
            if (fresh) {
                fresh = false;
            } else {
                made = change.apply(db);
            }
        }

        @Override
        public void undo() {
            inverse.accept(db, made);
        }

        @Override
        public String description() {
            return description;
        }
    }
}
