package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.app.Services;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.search.SearchQuery;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small large case: the counts its size asks for, varied text, and a case that opens and searches. */
class LargeCaseTest {

    private static final LargeCase.Size THIRTY = LargeCase.Size.letters(30);

    @TempDir
    Path temp;

    @Test
    void makesTheCountsItsSizeAsksForWithVariedTextThatCanBeSearched() {
        Services services = TestServices.in(temp.resolve("home"));
        LargeCase.Summary made = LargeCase.create(services, temp.resolve("Large"), THIRTY, 7, ProgressListener.NONE);

        try (CaseHandle handle = services.caseService().open(made.root())) {
            List<Item> items = CaseAccess.read(handle, r -> r.items().all());
            assertThat(made.letters()).isEqualTo(30);
            long letters = CaseAccess.read(handle, r -> r.letters().count());
            int notes = CaseAccess.read(handle, r -> r.items().notes().size());
            int commitments = CaseAccess.read(handle, r -> r.commitments().all().size());
            int bodies = CaseAccess.read(handle, r -> r.bodies().bodies().size());
            assertThat(letters).isEqualTo(30);
            assertThat(items).hasSize(THIRTY.items()).hasSize(made.items());
            assertThat(notes).isEqualTo(THIRTY.notes()).isEqualTo(made.notes());
            assertThat(commitments).isEqualTo(THIRTY.commitments()).isEqualTo(made.commitments());
            assertThat(bodies).isEqualTo(THIRTY.bodies()).isEqualTo(made.bodies());
            Set<String> concerns = new HashSet<>();
            items.forEach(i -> concerns.add(i.concern()));
            assertThat(concerns.size()).isGreaterThan(items.size() * 9 / 10);
            assertThat(made.themed()).isBetween(items.size() / 3, items.size() * 2 / 3);

            String word = items.get(items.size() / 2).concern().split("[^A-Za-z]+")[2].toLowerCase(Locale.ROOT);
            assertThat(services.searchService().search(handle, SearchQuery.of(word)).total()).isPositive();
        }
    }

    @Test
    void theSameSeedMakesTheSameCase() {
        Services services = TestServices.in(temp.resolve("home"));
        LargeCase.Summary one = LargeCase.create(services, temp.resolve("One"), LargeCase.Size.letters(5), 11,
                ProgressListener.NONE);
        LargeCase.Summary two = LargeCase.create(services, temp.resolve("Two"), LargeCase.Size.letters(5), 11,
                ProgressListener.NONE);

        try (CaseHandle a = services.caseService().open(one.root());
             CaseHandle b = services.caseService().open(two.root())) {
            List<String> first = CaseAccess.read(a, r -> r.items().all()).stream().map(Item::concern).toList();
            List<String> second = CaseAccess.read(b, r -> r.items().all()).stream().map(Item::concern).toList();
            assertThat(first).isNotEmpty().isEqualTo(second);
        }
    }

    @Test
    void thePoolHoldsHundredsOfSentencesOfTheRealDocuments() {
        assertThat(LargeCase.sentences()).hasSizeGreaterThan(400)
                .anySatisfy(s -> assertThat(s).contains("peer support"));
    }
}
