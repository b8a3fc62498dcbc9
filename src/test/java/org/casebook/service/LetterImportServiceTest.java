package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.domain.CancelledException;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.ProgressListener;
import org.casebook.importing.Fixtures;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.reading.TestMails;
import org.casebook.importing.reading.TestPdfs;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseHandle;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Repositories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LetterImportServiceTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private final LetterImportService imports =
            new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
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
    void storesTheLetterItsItemsAndTheOriginalInOneGo() throws IOException {
        Path file = copyOfFixture("letter.pdf");
        ImportDraft draft = imports.prepare(file, ProgressListener.NONE);

        StoredLetter stored = imports.store(database, draft, draft.split(), details());

        CaseSnapshot snapshot = CaseAccess.read(database, Repositories::snapshot);
        Letter letter = snapshot.letters().get(0);
        assertThat(letter.source()).hasValueSatisfying(s -> {
            assertThat(s.fileName()).isEqualTo("letter.pdf");
            assertThat(s.mediaType()).isEqualTo("application/pdf");
            assertThat(s.sha256()).hasSize(64).isEqualTo(draft.sha256());
        });
        assertThat(letter.intro()).startsWith("Dear Tamar and colleagues");
        assertThat(letter.closing()).contains("It is clear from the above management responses");
        assertThat(snapshot.items()).hasSize(14).extracting(Item::path)
                .startsWith("1", "1/a", "1/b").contains("6", "6/a", "6/b");
        Item subItem = snapshot.items().stream().filter(i -> i.path().equals("1/a")).findFirst().orElseThrow();
        Item parent = snapshot.items().stream().filter(i -> i.path().equals("1")).findFirst().orElseThrow();
        assertThat(subItem.parentId()).contains(parent.id());
        assertThat(snapshot.items().stream().filter(i -> i.path().equals("6")).findFirst().orElseThrow().response()).isEmpty();
        assertThat(stored.responses()).isEqualTo(13);
        Item first = snapshot.items().get(0);
        assertThat(letter.fullText().substring(first.concernSpan().orElseThrow().start(), first.concernSpan().orElseThrow().end()))
                .isEqualTo(first.concern());
        assertThat(LetterImportService.originalPath(database, draft.sha256(), "letter.pdf")).hasSameBinaryContentAs(file);
        assertThat(originals()).hasSize(1);
    }

    @Test
    void createsOrReusesTheBodyAndMeeting() throws IOException {
        ImportDraft first = imports.prepare(copyOfFixture("letter.txt"), ProgressListener.NONE);
        imports.store(database, first, first.split(), details());
        ImportDraft second = imports.prepare(copyOfFixture("letter.docx"), ProgressListener.NONE);
        imports.store(database, second, second.split(), details());

        CaseSnapshot snapshot = CaseAccess.read(database, Repositories::snapshot);
        assertThat(snapshot.bodies()).singleElement().satisfies(b -> assertThat(b.name()).isEqualTo("Fictional Valley NHS Trust"));
        assertThat(snapshot.meetings()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Trust Board");
            assertThat(m.date()).contains(LocalDate.of(2021, 5, 26));
        });
        assertThat(snapshot.letters()).allSatisfy(l -> assertThat(l.meetingId()).contains(snapshot.meetings().get(0).id()));
    }

    @Test
    void offersTheMeetingAndPeopleTheLetterNames() throws IOException {
        LetterDetails suggested = imports.prepare(copyOfFixture("letter.odt"), ProgressListener.NONE).suggestedDetails();
        assertThat(suggested.title()).isEqualTo("Reply to concerns raised at the Trust Board, 26 May 2021");
        assertThat(suggested.meetingName()).contains("Trust Board");
        assertThat(suggested.meetingDate()).contains(LocalDate.of(2021, 5, 26));
        assertThat(suggested.to()).isEqualTo("Tamar and colleagues");
        assertThat(suggested.from()).isEqualTo("Danielle");
    }

    @Test
    void importingTheSameFileAgainSaysWhereItIsAndStoresNothingMore() throws IOException {
        Path file = copyOfFixture("letter.docx");
        ImportDraft draft = imports.prepare(file, ProgressListener.NONE);
        imports.store(database, draft, draft.split(), details());

        ImportDraft again = imports.prepare(file, ProgressListener.NONE);
        assertThat(imports.alreadyImported(database, again)).isPresent();
        assertThatThrownBy(() -> imports.store(database, again, again.split(), details()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("letter.docx: was imported before")
                .hasMessageContaining(database.folder().originals().toString());
        assertThat(letterCount()).isEqualTo(1L);
        assertThat(originals()).hasSize(1);
    }

    @Test
    void cancellingStopsBeforeAnythingIsStored() throws IOException {
        Path file = copyOfFixture("letter.pdf");
        ProgressListener cancelled = org.casebook.testsupport.CancelledProgress.LISTENER;
        assertThatThrownBy(() -> imports.prepare(file, cancelled)).isInstanceOf(CancelledException.class)
                .hasMessageContaining("nothing was stored");
        assertCaseUntouched();
    }

    @Test
    void aFailureWhileStoringLeavesNeitherLetterNorOriginal() throws IOException {
        ImportDraft draft = imports.prepare(copyOfFixture("letter.txt"), ProgressListener.NONE);
        // A meeting without a body cannot be stored: the import must fail whole.
        LetterDetails broken = new LetterDetails("Reply", Optional.empty(), "", "", Optional.empty(),
                Optional.of("Trust Board"), Optional.empty());
        assertThatThrownBy(() -> imports.store(database, draft, draft.split(), broken)).isInstanceOf(ImportException.class)
                .hasMessageContaining("letter.txt");
        assertCaseUntouched();
    }

    static Stream<Arguments> badFiles() throws IOException {
        Path pdf = Fixtures.trustBoardReply("letter.pdf");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        return Stream.of(
                Arguments.of("empty.pdf", new byte[0], "is empty"),
                Arguments.of("junk.pdf", "PK? no, just junk \u0000\u0001\u0002".repeat(40).getBytes(), "junk.pdf"),
                Arguments.of("junk.docx", new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8}, "junk.docx"),
                Arguments.of("truncated.pdf", Arrays.copyOf(pdfBytes, pdfBytes.length / 2), "truncated.pdf"),
                Arguments.of("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, "picture.png"),
                Arguments.of("encrypted.pdf", TestPdfs.encrypted(shared.resolve("encrypted.pdf")), "password"),
                Arguments.of("scanned.pdf", TestPdfs.imageOnly(shared.resolve("scanned.pdf")), "OCR"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badInputIsRefusedByNameAndLeavesTheCaseAsItWas(String name, Object content, String expected) throws IOException {
        Path file = temp.resolve(name);
        if (content instanceof byte[] bytes) {
            Files.write(file, bytes);
        } else {
            Files.copy((Path) content, file);
        }
        assertThatThrownBy(() -> imports.prepare(file, ProgressListener.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(expected);
        assertCaseUntouched();
    }

    private void assertCaseUntouched() throws IOException {
        assertThat(letterCount()).isZero();
        long items = CaseAccess.read(database, r -> r.items().count());
        assertThat(items).isZero();
        List<?> bodies = CaseAccess.read(database, r -> r.bodies().bodies());
        assertThat(bodies).isEmpty();
        assertThat(originals()).isEmpty();
    }

    private long letterCount() {
        return CaseAccess.read(database, r -> r.letters().count());
    }

    private List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.list(database.folder().originals())) {
            return files.toList();
        }
    }

    @Test
    void keepsAnEmailWhoseLetterIsAttachedAsTheEmailItsOriginal() throws IOException {
        Path file = temp.resolve("reply.eml");
        Files.write(file, TestMails.coverNoteWith("Please find attached our response.", "response.pdf", "application/pdf",
                Fixtures.trustBoardReply("letter.pdf")));
        ImportDraft draft = imports.prepare(file, ProgressListener.NONE);
        assertThat(draft.source().fileName()).isEqualTo("response.pdf");

        imports.store(database, draft, draft.split(), details());

        Letter letter = CaseAccess.read(database, Repositories::snapshot).letters().get(0);
        assertThat(letter.source()).hasValueSatisfying(s -> {
            assertThat(s.fileName()).isEqualTo("reply.eml");
            assertThat(s.mediaType()).isEqualTo("message/rfc822");
        });
        Path original = LetterImportService.originalPath(database, draft.sha256(), "reply.eml");
        assertThat(original).hasSameBinaryContentAs(file);
    }

    private Path copyOfFixture(String name) throws IOException {
        return Files.copy(Fixtures.trustBoardReply(name), Files.createDirectories(temp.resolve("in")).resolve(name));
    }

    private static LetterDetails details() {
        return new LetterDetails("Reply to the Board", Optional.of(LocalDate.of(2021, 6, 20)), "Chair", "The group",
                Optional.of("Fictional Valley NHS Trust"), Optional.of("Trust Board"), Optional.of(LocalDate.of(2021, 5, 26)));
    }
}
