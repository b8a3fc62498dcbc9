package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.domain.Letter;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.Envelope;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An e-mail's letter brings the documents attached to it: each a letter of its own, in the same transaction. */
class LetterImportAttachmentsTest {

    private static final Envelope ENVELOPE = new Envelope("FOI Team <foi@example.nhs.uk>", List.of("tamar@example.org"),
            List.of(), "Your FOI request 2021/118", Optional.of(OffsetDateTime.parse("2021-06-20T09:30:00+01:00")), true);

    @TempDir
    Path temp;

    private final DocumentReaders readers = DocumentReaders.standard();
    private final LetterImportService imports = new LetterImportService(readers, new LetterSplitter(), new MetadataFinder());
    private CaseHandle database;

    @BeforeEach
    void createCase() {
        database = new CaseService(new CaseStore(new Backups(Clock.systemUTC()))).create(temp.resolve("case"));
    }

    @AfterEach
    void closeCase() {
        database.close();
    }

    @Test
    void storesEachAttachmentAsALetterAttachedToTheEmailsLetter() throws IOException {
        ImportDraft email = email(attachment("reply.pdf", "letter.pdf"));

        StoredLetter stored = imports.store(database, email, email.split(), details());

        assertThat(stored.attached()).singleElement().satisfies(reply -> {
            Letter letter = reply.letter();
            assertThat(letter.attachedTo()).contains(stored.letter().id());
            assertThat(letter.title()).isEqualTo("Your FOI request 2021/118 — reply.pdf");
            assertThat(letter.date()).isEqualTo(stored.letter().date());
            assertThat(letter.from()).isEqualTo("Chair");
            assertThat(letter.to()).isEqualTo("The group");
            assertThat(letter.bodyId()).isPresent().isEqualTo(stored.letter().bodyId());
            assertThat(letter.meetingId()).isPresent().isEqualTo(stored.letter().meetingId());
            assertThat(letter.source()).hasValueSatisfying(s -> {
                assertThat(s.fileName()).isEqualTo("reply.pdf");
                assertThat(s.mediaType()).isEqualTo("application/pdf");
            });
            assertThat(reply.items()).hasSize(14).allSatisfy(i -> assertThat(i.letterId()).isEqualTo(letter.id()));
            assertThat(LetterImportService.originalPath(database, letter.source().orElseThrow().sha256(), "reply.pdf"))
                    .hasSameBinaryContentAs(Fixtures.trustBoardReply("letter.pdf"));
        });
        assertThat(stored.letter().attachedTo()).isEmpty();
        assertThat(attachmentsOf(stored.letter().id()))
                .extracting(Letter::title).containsExactly("Your FOI request 2021/118 — reply.pdf");
        assertThat(itemCount()).isEqualTo(28L);
        assertThat(originals()).hasSize(2);
    }

    @Test
    void anAttachmentImportedBeforeIsSkippedWithAWarning() throws IOException {
        ImportDraft alone = imports.prepare(copyOfFixture("letter.pdf"), ProgressListener.NONE);
        imports.store(database, alone, alone.split(), details());
        ImportDraft email = email(attachment("reply.pdf", "letter.pdf"), attachment("reply.docx", "letter.docx"));

        StoredLetter stored = imports.store(database, email, email.split(), details());

        assertThat(stored.attached()).extracting(s -> s.letter().source().orElseThrow().fileName())
                .containsExactly("reply.docx");
        assertThat(stored.warnings()).anySatisfy(w -> assertThat(w).startsWith("reply.pdf: ")
                .contains("imported before", "Reply to the Board"));
        assertThat(letterCount()).isEqualTo(3L);
        assertThat(originals()).hasSize(3);
    }

    @Test
    void aDocumentAttachedTwiceToOneEmailIsStoredOnce() throws IOException {
        ImportDraft email = email(attachment("reply.pdf", "letter.pdf"), attachment("reply (1).pdf", "letter.pdf"));

        StoredLetter stored = imports.store(database, email, email.split(), details());

        assertThat(stored.attached()).extracting(StoredLetter::name).containsExactly("reply.pdf");
        assertThat(stored.warnings()).anySatisfy(w -> assertThat(w).startsWith("reply (1).pdf: ")
                .contains("Your FOI request 2021/118 — reply.pdf"));
        assertThat(originals()).hasSize(2);
    }

    /**
     * The second attachment cannot be stored: with a name too long for the letter's row (the database refuses it),
     * or for the originals folder (after the e-mail's and the first attachment's originals were moved in).
     */
    @ParameterizedTest(name = "name of {0} characters")
    @CsvSource(delimiter = '|', value = {
            "300  | could not be stored in the case's originals folder",
            "1200 | Value too long for column"})
    void aFailureStoringTheSecondAttachmentStoresNothingAtAll(int nameLength, String problem) throws IOException {
        String tooLong = "r".repeat(nameLength - 5) + ".docx";
        ImportDraft email = email(attachment("reply.pdf", "letter.pdf"), attachment(tooLong, "letter.docx"));

        assertThatThrownBy(() -> imports.store(database, email, email.split(), details()))
                .isInstanceOf(RuntimeException.class).hasMessageContaining(problem);

        assertThat(letterCount()).isZero();
        assertThat(itemCount()).isZero();
        assertThat(bodies()).isEmpty();
        assertThat(originals()).isEmpty();
    }

    @Test
    void deletingTheEmailsLetterDeletesItsAttachedLettersAndTheirItems() throws IOException {
        ImportDraft email = email(attachment("reply.pdf", "letter.pdf"), attachment("reply.docx", "letter.docx"));
        StoredLetter stored = imports.store(database, email, email.split(), details());
        ImportDraft other = imports.prepare(copyOfFixture("letter.odt"), ProgressListener.NONE);
        imports.store(database, other, other.split(), details());

        CaseAccess.update(database, r -> r.letters().delete(stored.letter().id()));

        assertThat(letters()).extracting(l -> l.source().orElseThrow().fileName())
                .containsExactly("letter.odt");
        assertThat(itemCount()).isEqualTo(14L);
    }

    @Test
    void anAttachedLettersTitleIsItsFileNameWhenTheEmailHasNoSubject() {
        Envelope noSubject = new Envelope("", List.of(), List.of(), " ", Optional.empty(), false);
        assertThat(AttachedDocuments.title(Optional.of(noSubject), "reply.pdf")).isEqualTo("reply.pdf");
        assertThat(AttachedDocuments.title(Optional.of(ENVELOPE), "reply.pdf"))
                .isEqualTo("Your FOI request 2021/118 — reply.pdf");
    }

    /** The e-mail's own text (the fixture's plain text) carrying {@code attachments}. */
    private ImportDraft email(Attachment... attachments) throws IOException {
        ImportDraft body = imports.prepare(copyOfFixture("letter.txt"), ProgressListener.NONE);
        return new ImportDraft(body.original(), body.sha256(), body.source().carriedBy(ENVELOPE, List.of(attachments)),
                body.split(), body.metadata());
    }

    /** A fixture as an e-mail would carry it: its bytes and what its reader makes of them, under another name. */
    private Attachment attachment(String name, String fixture) throws IOException {
        Path file = Fixtures.trustBoardReply(fixture);
        return new Attachment(name, Files.readAllBytes(file), readers.read(file));
    }

    private long letterCount() {
        return CaseAccess.read(database, r -> r.letters().count());
    }

    private long itemCount() {
        return CaseAccess.read(database, r -> r.items().count());
    }

    private List<?> bodies() {
        return CaseAccess.read(database, r -> r.bodies().bodies());
    }

    private List<Letter> letters() {
        return CaseAccess.read(database, r -> r.letters().all());
    }

    private List<Letter> attachmentsOf(long letterId) {
        return CaseAccess.read(database, r -> r.letters().attachmentsOf(letterId));
    }

    private List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.list(database.folder().originals())) {
            return files.toList();
        }
    }

    private Path copyOfFixture(String name) throws IOException {
        return Files.copy(Fixtures.trustBoardReply(name), Files.createDirectories(temp.resolve("in")).resolve(name));
    }

    private static LetterDetails details() {
        return new LetterDetails("Reply to the Board", Optional.of(LocalDate.of(2021, 6, 20)), "Chair", "The group",
                Optional.of("Fictional Valley NHS Trust"), Optional.of("Trust Board"), Optional.of(LocalDate.of(2021, 5, 26)));
    }
}
