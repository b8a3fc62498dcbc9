package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.casebook.app.Services;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.domain.search.BadQueryException;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;
import org.casebook.domain.search.SearchHit;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches of the sample case whose hits are known from its letters, notes, commitments and FOI answers. */
class SearchServiceTest {

    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Services services;
    private SearchService search;
    private CaseHandle handle;

    @BeforeEach
    void createTheSample() {
        services = TestServices.in(temp.resolve("home"), NOVEMBER);
        search = services.searchService();
        handle = services.sampleCaseService().create(temp.resolve("Sample"));
    }

    @AfterEach
    void close() {
        handle.close();
    }

    private SearchResults find(String text) {
        return search.search(handle, SearchQuery.of(text));
    }

    private SearchResults find(String text, SearchFilters filters) {
        return search.search(handle, new SearchQuery(text, filters, 50));
    }

    @Test
    void aStemmedWordFindsTheOtherFormsOfIt() {
        SearchResults results = find("supervising");

        assertThat(results.hits()).extracting(SearchHit::kind).contains(HitKind.FOI_ANSWER);
        SearchHit answer = results.hits().stream().filter(h -> h.kind() == HitKind.FOI_ANSWER).findFirst().orElseThrow();
        assertThat(answer.bodyName()).contains(SampleCampaign.WESTMOOR);
        assertThat(answer.snippet().markedWords()).contains("supervised");
        assertThat(answer.itemId()).isPresent();
    }

    @Test
    void aPhraseFindsTheNoteThatHoldsItAndNotTheWordsApart() {
        SearchResults results = find("\"back pay\"", SearchFilters.NONE.withKinds(Set.of(HitKind.NOTE)));

        assertThat(results.total()).isEqualTo(1);
        SearchHit note = results.hits().get(0);
        assertThat(note.snippet().text()).contains("back pay for sessions");
        assertThat(note.snippet().markedWords()).containsExactly("back", "pay");
        assertThat(note.path()).contains("1");
        assertThat(note.sourceId()).isPresent();
        assertThat(find("\"pay back\"", SearchFilters.NONE.withKinds(Set.of(HitKind.NOTE))).total()).isZero();
    }

    @Test
    void aNamedFieldSearchesOnlyThatFieldAndFindsACommitment() {
        SearchResults results = find("commitment:quarter");

        assertThat(results.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo(HitKind.COMMITMENT));
        assertThat(results.hits().get(0).snippet().text()).contains("every quarter");
    }

    @Test
    void aStanceFilterKeepsOnlyItemsWithThatStance() {
        SearchResults all = find("");
        SearchResults disputed = find("", SearchFilters.NONE.withStances(Set.of(Stance.DISPUTE)));

        long stored = CaseAccess.read(handle, r -> r.items().all().stream().filter(i -> i.stance() == Stance.DISPUTE)
                .count());
        assertThat(stored).isPositive();
        assertThat(disputed.total()).isLessThan(all.total());
        assertThat(disputed.hits()).allSatisfy(h -> assertThat(h.stance()).contains(Stance.DISPUTE));
        assertThat(disputed.hits().stream().filter(h -> h.kind() == HitKind.ITEM).count()).isEqualTo(stored);
    }

    @Test
    void aThemeFilterTakesInItsSubThemes() {
        Item untagged = CaseAccess.read(handle, r -> {
            Set<Long> tagged = new java.util.HashSet<>();
            r.items().themes().forEach(t -> tagged.add(t.itemId()));
            return r.items().all().stream().filter(i -> !tagged.contains(i.id())).findFirst().orElseThrow();
        });
        CaseAccess.update(handle, r -> r.codebook().addTheme(new org.casebook.domain.Theme("sessional-rates",
                "Sessional rates", "Rates per session", "#336699", java.util.Optional.of("pay-disparity"))));
        services.annotationService().setTheme(handle, untagged.id(), "sessional-rates",
                java.util.Optional.of(org.casebook.domain.TagState.CONFIRMED));
        Set<String> family = Set.of("pay-disparity", "sessional-rates");
        long tagged = CaseAccess.read(handle, r -> r.items().themes().stream()
                .filter(t -> family.contains(t.codeId()) && t.state() == org.casebook.domain.TagState.CONFIRMED)
                .map(t -> t.itemId()).distinct().count());

        SearchResults results = find("", SearchFilters.NONE.withThemes(Set.of("pay-disparity"))
                .withKinds(Set.of(HitKind.ITEM, HitKind.FOI_ANSWER)));

        assertThat(tagged).isGreaterThan(1);
        assertThat(results.total()).isEqualTo(tagged);
        assertThat(results.hits()).anySatisfy(h -> assertThat(h.itemId()).contains(untagged.id()));
        assertThat(results.hits()).allSatisfy(h -> assertThat(h.themeIds()).containsAnyElementsOf(family));
    }

    @Test
    void wordsCombineWithOrAndNotAndPrefixes() {
        long band = find("band").total();
        long bandNotWestmoor = find("band -westmoor").total();
        long prefix = find("supervi*").total();

        assertThat(bandNotWestmoor).isPositive().isLessThan(band);
        assertThat(find("westmoor OR harrowfield").total()).isGreaterThan(find("westmoor").total());
        assertThat(prefix).isGreaterThanOrEqualTo(find("supervising").total()).isPositive();
    }

    @Test
    void anUnreadableQuerySaysWhereTheProblemIs() {
        assertThatThrownBy(() -> find("pay AND")).isInstanceOf(BadQueryException.class)
                .satisfies(e -> assertThat(((BadQueryException) e).position()).isEqualTo(7));
        assertThatThrownBy(() -> find("\"time credits")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("quotation mark");
        assertThatThrownBy(() -> find("colour:red")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("colour:")
                .satisfies(e -> assertThat(((BadQueryException) e).position()).isZero());
    }

    @Test
    void nothingFoundOffersTheNearestSpellingTheCaseHolds() {
        SearchResults results = find("supervisd");

        assertThat(results.total()).isZero();
        assertThat(results.suggestions()).contains("supervised");
    }

    @Test
    void anEditIsFoundByTheNextSearchAndAnUndoneOneIsNot() {
        Item item = CaseAccess.read(handle, r -> r.items().all().get(0));
        var note = services.annotationService().addNote(handle, item.id(), "Ask about the zebrafinch allowance.");

        assertThat(find("zebrafinch").hits()).singleElement()
                .satisfies(h -> assertThat(h.kind()).isEqualTo(HitKind.NOTE));
        services.annotationService().deleteNote(handle, note.id());
        assertThat(find("zebrafinch").total()).isZero();
    }

    @Test
    void aChangeTheIndexMissedIsTakenInOnTheNextOpen() {
        find("pay");
        Item item = CaseAccess.read(handle, r -> r.items().all().get(0));
        // Stored behind the index's back, as if the program had died between the database's commit and the index's.
        CaseAccess.database(handle).update(r -> r.items().addNote(item.id(), "The ocelot clause.", Instant.now()));
        handle.close();

        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        assertThat(search.needsBuilding(handle)).isFalse();
        assertThat(find("ocelot").total()).isEqualTo(1);
    }

    @Test
    void aLaterOpeningThatNeverSearchesStillKeepsAnExistingIndexInStep() throws Exception {
        find("pay");
        handle.close();
        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        Item item = CaseAccess.read(handle, r -> r.items().all().get(0));

        services.annotationService().addNote(handle, item.id(), "The wombat protocol.");
        handle.close();

        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(temp.resolve("Sample.casebook").resolve("search")))) {
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("words", "wombat"))).isEqualTo(1);
        }
        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        java.util.Set<Long> queued = CaseAccess.read(handle, r -> r.search().changedAfter(0));
        assertThat(queued).isEmpty();
    }

    @Test
    void aCaseNeverSearchedHasNoIndexUntilItsFirstSearch() {
        assertThat(temp.resolve("Sample.casebook").resolve("search")).doesNotExist();
        long queued = CaseAccess.read(handle, r -> r.search().lastQueued());
        assertThat(queued).isPositive();

        find("pay");

        assertThat(temp.resolve("Sample.casebook").resolve("search")).isDirectory();
    }

    @Test
    void restoringABackupRemovesTheIndexSoItIsBuiltForTheDatabaseBroughtBack() {
        handle.close();
        // Opening for changes takes the backup; the index is then built and follows the case past it.
        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        find("pay");
        handle.close();
        CaseBackup backup = services.caseService().backups(temp.resolve("Sample.casebook")).get(0);

        services.caseService().restore(temp.resolve("Sample.casebook"), backup);

        assertThat(temp.resolve("Sample.casebook").resolve("search")).doesNotExist();
        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        assertThat(search.needsBuilding(handle)).isTrue();
    }

    @Test
    void aDamagedIndexIsBuiltAgainWithProgress() throws Exception {
        long before = find("pay").total();
        handle.close();
        Path index = temp.resolve("Sample.casebook").resolve("search");
        try (var files = java.nio.file.Files.list(index)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                java.nio.file.Files.write(file, new byte[] {1, 2, 3});
            }
        }

        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        assertThat(search.needsBuilding(handle)).isTrue();
        List<Long> done = new java.util.ArrayList<>();
        search.prepare(handle, (d, total, message) -> done.add(total));
        assertThat(done).isNotEmpty();
        assertThat(search.needsBuilding(handle)).isFalse();
        assertThat(find("pay").total()).isEqualTo(before);
    }

    @Test
    void anIndexOfAnOlderDocumentFormatIsBuiltAgain() throws Exception {
        long before = find("pay").total();
        handle.close();
        Path index = temp.resolve("Sample.casebook").resolve("search");
        // As an earlier Casebook left it: the same documents, its commit marked with an older format.
        try (var writer = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(index),
                new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("casebook.format", "1", "casebook.applied", "0",
                    "casebook.complete", "true").entrySet());
            writer.commit();
        }

        handle = services.caseService().open(temp.resolve("Sample.casebook"));
        assertThat(search.needsBuilding(handle)).isTrue();
        assertThat(find("pay").total()).isEqualTo(before);
        assertThat(search.needsBuilding(handle)).isFalse();
    }

    @Test
    void aCancelledBuildLeavesTheIndexToBeBuiltAgain() {
        handle.close();
        org.casebook.search.CaseIndex.delete(temp.resolve("Sample.casebook").resolve("search"));
        handle = services.caseService().open(temp.resolve("Sample.casebook"));

        assertThatThrownBy(() -> search.prepare(handle, org.casebook.testsupport.CancelledProgress.LISTENER))
                .isInstanceOf(org.casebook.domain.CancelledException.class);
        assertThat(search.needsBuilding(handle)).isTrue();
    }

    @Test
    void aDeletedLetterLeavesNoWordInTheIndex() throws Exception {
        long letter = CaseAccess.read(handle, r -> r.letters().all().stream()
                .filter(l -> l.fullText().contains("Westmoor")).findFirst().orElseThrow().id());
        assertThat(find("westmoor").total()).isPositive();

        CaseAccess.update(handle, r -> r.letters().delete(letter));

        assertThat(find("westmoor", SearchFilters.NONE).hits()).noneMatch(h -> h.letterId() == letter);
        handle.close();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(temp.resolve("Sample.casebook").resolve("search")))) {
            assertThat(reader.numDeletedDocs()).isZero();
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("words", "supervised"))).isZero();
        }
    }

    @Test
    void figuresCountTheDocumentsAndTheBytesOnDisk() {
        SearchService.IndexFigures figures = search.figures(handle);
        long items = CaseAccess.read(handle, r -> r.items().count());

        assertThat(figures.whole()).isTrue();
        assertThat(figures.documents()).isGreaterThan(items);
        assertThat(figures.bytes()).isPositive();
        assertThat(figures.folder()).isEqualTo(handle.root().resolve("search"));
    }

}
