package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.CodebookState;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phrases and suggestion evidence go into the case and come back out as they went in. */
class SuggestionStorageTest {

    private static final SuggestionEvidence WHY = new SuggestionEvidence("phrase \"no knowledge of\"", "no knowledge of");
    private static final CodebookPhrases PHRASES = new CodebookPhrases(
            Map.of("pay-disparity", List.of("£20 a day", "paid less than"), "accountability", List.of("no one answers")),
            Map.of("denial-no-knowledge", List.of("no knowledge of")));

    @TempDir
    Path temp;

    private CaseDatabase database;
    private long item;
    private long letter;

    @BeforeEach
    void createCase() {
        database = new CaseStore(new Backups(Clock.systemUTC())).create(temp.resolve("case"), DefaultCodebook.lxp(),
                PHRASES);
        database.update(r -> {
            letter = r.letters().add(new Letter(0, "Reply", Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                    Optional.empty(), "Dear", "Yours", "Dear", Optional.empty())).id();
            item = r.items().add(new Item(0, letter, Optional.empty(), "1", "1", 0, "Pay", Optional.of("We have no "
                    + "knowledge of that."), Optional.empty(), Optional.empty(), Stance.UNDECIDED, "")).id();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewCaseHoldsItsPhrasesInTheOrderGiven() {
        assertThat(phrases(database)).isEqualTo(PHRASES);
        assertThat(phrases(database).ofTheme("pay-disparity"))
                .containsExactly("£20 a day", "paid less than");
    }

    @Test
    void phrasesForCodesTheCodebookLacksAreNotSeeded() {
        CodebookPhrases withStranger = PHRASES.withTheme("not-in-the-codebook", List.of("x"));
        try (CaseDatabase other = new CaseStore(new Backups(Clock.systemUTC())).create(temp.resolve("other"),
                DefaultCodebook.lxp(), withStranger)) {
            assertThat(phrases(other)).isEqualTo(PHRASES);
        }
    }

    @Test
    void deletingAThemeInTheDatabaseTakesItsPhrasesAlong() {
        database.update(r -> r.codebook().replace(CodebookEdits.deleteTheme(r.codebook().state(), "accountability",
                Optional.empty())));

        assertThat(phrases(database).themes()).containsOnlyKeys("pay-disparity");
    }

    @Test
    void aCodebookEditKeepsPhrasesAndTheEvidenceOfEveryTag() {
        database.update(r -> {
            r.items().setTheme(new ItemTag(item, "pay-disparity", TagState.SUGGESTED, Optional.of(WHY)));
            r.items().setResponseType(new ItemTag(item, "denial-no-knowledge", TagState.REJECTED, Optional.of(WHY)));
        });
        CodebookState before = database.read(r -> r.codebook().state());

        database.update(r -> r.codebook().replace(CodebookEdits.mergeThemes(before, "pay-disparity", "accountability")));

        CodebookState after = state();
        assertThat(after.themeTags()).containsExactly(
                new ItemTag(item, "accountability", TagState.SUGGESTED, Optional.of(WHY)));
        assertThat(after.responseTypeTags()).isEqualTo(before.responseTypeTags());
        assertThat(after.phrases().ofTheme("accountability"))
                .containsExactly("no one answers", "£20 a day", "paid less than");
        database.update(r -> r.codebook().replace(before));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void settingATagWithoutEvidenceKeepsTheEvidenceStored() {
        database.update(r -> r.items().setTheme(new ItemTag(item, "pay-disparity", TagState.SUGGESTED, Optional.of(WHY))));

        database.update(r -> r.items().setTheme(new ItemTag(item, "pay-disparity", TagState.CONFIRMED)));
        database.update(r -> r.items().setTheme(new ItemTag(item, "accountability", TagState.CONFIRMED)));

        assertThat(tags(database.read(r -> r.items().themes()))).containsExactly(
                new ItemTag(item, "accountability", TagState.CONFIRMED),
                new ItemTag(item, "pay-disparity", TagState.CONFIRMED, Optional.of(WHY)));
    }

    @Test
    void aCommitmentKeepsItsEvidenceThroughEditsAndRestore() {
        Commitment suggested = database.write(r -> r.commitments().add(new Commitment(0, letter, CommitmentSource.ITEM,
                Optional.of(item), "We will review.", "", Optional.empty(), CommitmentStatus.SUGGESTED, List.of(),
                Optional.of(WHY))));
        Commitment edited = new Commitment(suggested.id(), letter, CommitmentSource.ITEM, Optional.of(item),
                "We will review by June.", "Chair", Optional.empty(), CommitmentStatus.OPEN, List.of());

        database.update(r -> r.commitments().replace(edited));
        Commitment stored = database.read(r -> r.commitments().byId(suggested.id())).orElseThrow();
        database.update(r -> {
            r.commitments().delete(suggested.id());
            r.commitments().restore(stored);
        });

        assertThat(stored.text()).isEqualTo("We will review by June.");
        assertThat(stored.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(stored.evidence()).contains(WHY);
        assertThat(commitments(database.read(r -> r.commitments().all()))).containsExactly(stored);
    }

    @Test
    void removingALettersSuggestionsLeavesAnsweredOnesAndOtherLetters() {
        database.update(r -> {
            r.items().setTheme(new ItemTag(item, "pay-disparity", TagState.SUGGESTED, Optional.of(WHY)));
            r.items().setTheme(new ItemTag(item, "accountability", TagState.REJECTED, Optional.of(WHY)));
            r.items().setResponseType(new ItemTag(item, "refusal", TagState.SUGGESTED, Optional.of(WHY)));
            r.commitments().add(new Commitment(0, letter, CommitmentSource.INTRO, Optional.empty(), "We will.", "",
                    Optional.empty(), CommitmentStatus.SUGGESTED, List.of(), Optional.of(WHY)));
            r.commitments().add(new Commitment(0, letter, CommitmentSource.INTRO, Optional.empty(), "We shall.", "",
                    Optional.empty(), CommitmentStatus.REJECTED, List.of(), Optional.of(WHY)));
        });

        database.update(r -> {
            r.items().removeSuggestedTagsOfLetter(letter);
            r.commitments().deleteSuggestedOfLetter(letter);
        });

        assertThat(tags(database.read(r -> r.items().themesOfLetter(letter)))).extracting(ItemTag::codeId)
                .containsExactly("accountability");
        assertThat(tags(database.read(r -> r.items().responseTypesOfLetter(letter)))).isEmpty();
        assertThat(commitments(database.read(r -> r.commitments().ofLetter(letter)))).extracting(Commitment::text)
                .containsExactly("We shall.");
    }

    private CodebookState state() {
        return database.read(r -> r.codebook().state());
    }

    private static CodebookPhrases phrases(CaseDatabase db) {
        return db.read(r -> r.codebook().phrases());
    }

    /** Typed, so that AssertJ picks its list assertions. */
    private static List<ItemTag> tags(List<ItemTag> tags) {
        return tags;
    }

    private static List<Commitment> commitments(List<Commitment> commitments) {
        return commitments;
    }
}
