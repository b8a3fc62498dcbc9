package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.TagState;
import org.casebook.importing.Fixtures;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.CaseHandle;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;
import org.casebook.storage.Repositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a letter stores its first suggestions with it, and a failing engine never costs the member the letter. */
class ImportSuggestionsTest {

    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStore(new Backups(Clock.systemUTC())),
            SuggestionWorkflowTest.RULES);

    @Test
    void aNewCaseStartsWithThePhrasesItWasGiven() {
        try (CaseHandle database = cases.create(temp.resolve("case"))) {
            CodebookPhrases phrases = CaseAccess.read(database, r -> r.codebook().phrases());
            assertThat(phrases.ofTheme("pay-disparity")).containsExactly("£20 a day");
            assertThat(phrases.ofResponseType("reassurance")).containsExactly("rest assured");
        }
    }

    @Test
    void theImportStoresTheLettersSuggestionsAndCountsThem() throws IOException {
        PhraseFakeEngine engine = new PhraseFakeEngine();
        LetterImportService imports = importsWith(engine);
        try (CaseHandle database = cases.create(temp.resolve("case"))) {
            StoredLetter stored = importFixture(imports, database);

            CaseSnapshot snapshot = CaseAccess.read(database, Repositories::snapshot);
            Item pay = snapshot.items().stream().filter(i -> i.concern().contains("£20 a day")).findFirst().orElseThrow();
            assertThat(snapshot.tagIds(snapshot.itemThemes(), pay.id(), TagState.SUGGESTED)).contains("pay-disparity");
            assertThat(snapshot.commitments()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.status()).isEqualTo(CommitmentStatus.SUGGESTED))
                    .anySatisfy(c -> assertThat(c.text()).contains("we will seek assurance"));
            assertThat(stored.suggested().themes()).isEqualTo(snapshot.itemThemes().size());
            assertThat(stored.suggested().commitments()).isEqualTo(snapshot.commitments().size());
            assertThat(engine.runs()).isEqualTo(1);
        }
    }

    @Test
    void aFailingEngineLeavesTheLetterImportedWithoutSuggestions() throws IOException {
        LetterImportService imports = importsWith((letter, rules) -> {
            throw new IllegalStateException("rules broke");
        });
        try (CaseHandle database = cases.create(temp.resolve("case"))) {
            StoredLetter stored = importFixture(imports, database);

            CaseSnapshot snapshot = CaseAccess.read(database, Repositories::snapshot);
            assertThat(snapshot.letters()).hasSize(1);
            assertThat(snapshot.items()).hasSize(14);
            assertThat(snapshot.itemThemes()).isEmpty();
            assertThat(stored.suggested()).isEqualTo(SuggestionWorkflow.Counts.NONE);
        }
    }

    @Test
    void anImportServiceBuiltWithoutAnEngineSuggestsNothing() throws IOException {
        LetterImportService plain = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(),
                new MetadataFinder());
        try (CaseHandle database = cases.create(temp.resolve("case"))) {
            assertThat(importFixture(plain, database).suggested().total()).isZero();
            assertThat(CaseAccess.read(database, Repositories::snapshot).commitments()).isEmpty();
        }
    }

    private static LetterImportService importsWith(SuggestionEngine engine) {
        return new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder(),
                new SuggestionWorkflow(engine));
    }

    private StoredLetter importFixture(LetterImportService imports, CaseHandle database) throws IOException {
        Path file = Files.copy(Fixtures.trustBoardReply("letter.txt"),
                Files.createDirectories(temp.resolve("in")).resolve("letter.txt"));
        ImportDraft draft = imports.prepare(file, ProgressListener.NONE);
        return imports.store(database, draft, draft.split(), new LetterDetails("Reply", Optional.of(LocalDate.of(2021,
                6, 20)), "Chair", "The group", Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
