package org.casebook.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.SourceFile;
import org.casebook.domain.Stance;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.model.LetterMetadata;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.SplitResult;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** After storing an e-mail's letter, the member is told what came of its attachments; after any other, nothing. */
class AttachedLettersNoticeTest {

    private static final SplitResult SPLIT = new SplitResult("", "", List.of(), "", 1.0, List.of("Item 3 has no response"));
    private final Messages messages = Messages.load();

    @Test
    void namesEachAttachedLetterAndEachAttachmentSkipped() {
        SourceText text = new SourceText("reply.eml", "message/rfc822", List.of(), false);
        ImportDraft draft = draft(text.carriedBy(new Envelope("", List.of(), List.of(), "FOI", Optional.empty(), true),
                List.of(new Attachment("reply.pdf", new byte[] {1}, text), new Attachment("old.pdf", new byte[] {2}, text))));
        StoredLetter reply = stored(letter(2, "reply.pdf", Optional.of(1L)), 14, List.of(), List.of());
        StoredLetter email = stored(letter(1, "reply.eml", Optional.empty()), 0,
                List.of("Item 3 has no response", "old.pdf: came attached but was imported before"), List.of(reply));

        assertThat(AttachedLettersNotice.of(draft, SPLIT, email, messages)).contains(String.join("\n",
                "“Letter 1” is in the case, with 1 letter from the documents attached to the e-mail:",
                "attached: reply.pdf — 14 items",
                "old.pdf: came attached but was imported before"));
    }

    @Test
    void saysNothingForALetterThatCameOnItsOwn() {
        ImportDraft draft = draft(new SourceText("letter.pdf", "application/pdf", List.of(), true));
        StoredLetter stored = stored(letter(1, "letter.pdf", Optional.empty()), 3, List.of(), List.of());

        assertThat(AttachedLettersNotice.of(draft, SPLIT, stored, messages)).isEmpty();
    }

    private static ImportDraft draft(SourceText source) {
        return new ImportDraft(Optional.empty(), "a".repeat(64), source, SPLIT,
                new LetterMetadata(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()));
    }

    private static StoredLetter stored(Letter letter, int items, List<String> warnings, List<StoredLetter> attached) {
        List<Item> stored = java.util.stream.IntStream.range(0, items).mapToObj(i -> new Item(i, letter.id(),
                Optional.empty(), "" + i, "" + i, i, "Why?", Optional.empty(), Optional.empty(), Optional.empty(),
                Stance.UNDECIDED, "")).toList();
        return new StoredLetter(letter, stored, warnings, SuggestionWorkflow.Counts.NONE, attached);
    }

    private static Letter letter(long id, String fileName, Optional<Long> attachedTo) {
        return new Letter(id, "Letter " + id, Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.of(new SourceFile(fileName, "application/pdf", "a".repeat(64))), "", "", "", attachedTo);
    }
}
