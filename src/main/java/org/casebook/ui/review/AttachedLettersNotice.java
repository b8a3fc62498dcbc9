package org.casebook.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.importing.model.SplitResult;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.ui.common.Messages;

/**
 * What the member is told once a letter that came by e-mail is stored: the letters stored from the e-mail's
 * attachments, and the attachments skipped because the case had them already (ADR 19). Nothing for other letters.
 */
final class AttachedLettersNotice {

    private AttachedLettersNotice() {
    }

    /**
     * @param reviewed the split the member stored; its warnings were on screen already and are not repeated
     */
    static Optional<String> of(ImportDraft draft, SplitResult reviewed, StoredLetter stored, Messages messages) {
        if (draft.source().attachments().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("review.saved.attachments.message", stored.letter().title(), stored.attached().size()));
        stored.attached().forEach(attached ->
                lines.add(messages.format("review.saved.attachments.line", attached.name(), attached.items().size())));
        stored.warnings().stream().filter(w -> !reviewed.warnings().contains(w)).forEach(lines::add);
        return Optional.of(String.join("\n", lines));
    }
}
