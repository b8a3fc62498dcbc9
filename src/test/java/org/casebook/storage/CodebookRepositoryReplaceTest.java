package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookEdits;
import org.casebook.domain.CodebookState;
import org.casebook.domain.DefaultCodebook;
import org.casebook.domain.ItemTag;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodebookRepositoryReplaceTest {

    @TempDir
    Path temp;

    private CaseDatabase database;
    private SampleLetters.Stored letter;

    @BeforeEach
    void createCase() {
        database = new CaseStore(new Backups(Clock.systemUTC())).create(temp.resolve("case"), DefaultCodebook.lxp());
        letter = SampleLetters.store(database, 3);
    }

    @AfterEach
    void closeCase() {
        database.close();
    }

    @Test
    void aNewCaseHasTheDefaultCodebookAndNoTags() {
        CodebookState state = database.read(r -> r.codebook().state());

        assertThat(state.codebook()).isEqualTo(DefaultCodebook.lxp());
        assertThat(state.themeTags()).isEmpty();
        assertThat(state.responseTypeTags()).isEmpty();
    }

    @Test
    void stateReadsTheCodebookWithEveryTagInEveryState() {
        database.update(r -> {
            r.items().setTheme(new ItemTag(id(0), "pay-disparity", TagState.CONFIRMED));
            r.items().setTheme(new ItemTag(id(1), "accountability", TagState.SUGGESTED));
            r.items().setTheme(new ItemTag(id(2), "undermining", TagState.REJECTED));
            r.items().setResponseType(new ItemTag(id(0), "refusal", TagState.SUGGESTED));
        });

        CodebookState state = database.read(r -> r.codebook().state());

        assertThat(state.themeTags()).containsExactly(new ItemTag(id(0), "pay-disparity", TagState.CONFIRMED),
                new ItemTag(id(1), "accountability", TagState.SUGGESTED),
                new ItemTag(id(2), "undermining", TagState.REJECTED));
        assertThat(state.responseTypeTags()).containsExactly(new ItemTag(id(0), "refusal", TagState.SUGGESTED));
    }

    @Test
    void storedStateReadsBackAsStoredEvenWhenAChildIsListedBeforeItsParent() {
        CodebookState wanted = nestedState();

        database.update(r -> r.codebook().replace(wanted));

        CodebookState read = database.read(r -> r.codebook().state());
        assertThat(read.codebook()).isEqualTo(wanted.codebook());
        assertThat(read.themeTags()).containsExactlyInAnyOrderElementsOf(wanted.themeTags());
        assertThat(read.responseTypeTags()).containsExactlyInAnyOrderElementsOf(wanted.responseTypeTags());
    }

    @Test
    void storingAMergeAndThenTheStateBeforeItGivesBackExactlyTheOriginal() {
        database.update(r -> r.codebook().replace(nestedState()));
        CodebookState before = database.read(r -> r.codebook().state());

        CodebookState merged = CodebookEdits.mergeResponseTypes(
                CodebookEdits.mergeThemes(before, "pay-disparity", "pay-bands"), "refusal", "deflection");
        database.update(r -> r.codebook().replace(merged));
        CodebookState afterMerge = database.read(r -> r.codebook().state());
        database.update(r -> r.codebook().replace(before));
        CodebookState undone = database.read(r -> r.codebook().state());

        assertThat(afterMerge.codebook()).isEqualTo(merged.codebook());
        assertThat(afterMerge.themeTags()).containsExactlyInAnyOrderElementsOf(merged.themeTags());
        assertThat(afterMerge.codebook().theme("pay-disparity")).isEmpty();
        assertThat(undone).isEqualTo(before);
        assertThat(undone.codebook().themes()).extracting(Theme::id).startsWith("pay-band-3", "funding-refusal");
        assertThat(undone.codebook().theme("pay-bands").orElseThrow().parentId()).contains("pay-disparity");
        assertThat(undone.themeTags()).contains(new ItemTag(id(0), "pay-disparity", TagState.REJECTED),
                new ItemTag(id(0), "pay-bands", TagState.SUGGESTED));
    }

    @Test
    void replacingTheCodebookLeavesStanceNotesAndLettersAlone() {
        database.update(r -> {
            r.items().setStance(id(1), Stance.DISPUTE, "Not what happened");
            r.items().addNote(id(1), "Ask again", Instant.parse("2026-01-02T03:04:05Z"));
        });
        CaseSnapshot before = database.read(Repositories::snapshot);

        database.update(r -> r.codebook().replace(nestedState()));

        CaseSnapshot after = database.read(Repositories::snapshot);
        assertThat(after.items()).isEqualTo(before.items());
        assertThat(after.notes()).isEqualTo(before.notes());
        assertThat(after.letters()).isEqualTo(before.letters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenStates")
    void aStateTheDatabaseRefusesLeavesTheCaseExactlyAsItWas(String what, BrokenState broken) {
        database.update(r -> r.codebook().replace(nestedState()));
        CaseSnapshot before = database.read(Repositories::snapshot);
        CodebookState bad = broken.from(database.read(r -> r.codebook().state()), id(0));

        assertThatThrownBy(() -> database.update(r -> r.codebook().replace(bad)))
                .isInstanceOf(StorageException.class);

        assertThat(database.read(Repositories::snapshot)).isEqualTo(before);
        assertThat(database.read(r -> r.codebook().state()).codebook().themes()).extracting(Theme::id)
                .startsWith("pay-band-3");
    }

    /** A way to spoil a good state; given the first stored item's id. */
    @FunctionalInterface
    interface BrokenState {
        CodebookState from(CodebookState good, long firstItemId);
    }

    static Stream<Arguments> brokenStates() {
        return Stream.of(
                Arguments.of("a theme tag for a missing item", (BrokenState) (good, item) ->
                        withThemeTag(good, new ItemTag(item + 999, "pay-bands", TagState.CONFIRMED))),
                Arguments.of("a theme tag for a missing theme", (BrokenState) (good, item) ->
                        withThemeTag(good, new ItemTag(item, "no-such-theme", TagState.CONFIRMED))),
                Arguments.of("a response type tag for a missing response type", (BrokenState) (good, item) ->
                        new CodebookState(good.codebook(), good.themeTags(),
                                append(good.responseTypeTags(), new ItemTag(item, "nope", TagState.SUGGESTED)))),
                Arguments.of("a theme under a missing parent", (BrokenState) (good, item) ->
                        new CodebookState(new Codebook(append(good.codebook().themes(),
                                new Theme("orphan", "Orphan", "", "#123456", Optional.of("missing"))),
                                good.codebook().responseTypes()), good.themeTags(), good.responseTypeTags())),
                Arguments.of("two themes with one id", (BrokenState) (good, item) ->
                        new CodebookState(new Codebook(append(good.codebook().themes(), good.codebook().themes().get(0)),
                                good.codebook().responseTypes()), good.themeTags(), good.responseTypeTags())),
                Arguments.of("a name too long for the database", (BrokenState) (good, item) ->
                        new CodebookState(new Codebook(good.codebook().themes(), append(good.codebook().responseTypes(),
                                new ResponseType("long", "x".repeat(201), ""))), good.themeTags(),
                                good.responseTypeTags())));
    }

    /**
     * The default codebook with a pay branch added (pay-disparity → pay-bands → pay-band-3), the grandchild listed
     * first, and tags in every state, two of them on one item.
     */
    private CodebookState nestedState() {
        Codebook lxp = DefaultCodebook.lxp();
        List<Theme> themes = new ArrayList<>();
        themes.add(new Theme("pay-band-3", "Band 3", "Pay at band 3.", "#101010", Optional.of("pay-bands")));
        themes.addAll(lxp.themes());
        themes.add(new Theme("pay-bands", "Pay bands", "", "#202020", Optional.of("pay-disparity")));
        List<ResponseType> types = new ArrayList<>(lxp.responseTypes());
        types.add(0, new ResponseType("stalling", "Stalling", "Promises to look into it."));
        return new CodebookState(new Codebook(themes, types),
                List.of(new ItemTag(id(0), "pay-disparity", TagState.REJECTED),
                        new ItemTag(id(0), "pay-bands", TagState.SUGGESTED),
                        new ItemTag(id(1), "pay-band-3", TagState.CONFIRMED),
                        new ItemTag(id(2), "pay-disparity", TagState.CONFIRMED)),
                List.of(new ItemTag(id(0), "refusal", TagState.CONFIRMED),
                        new ItemTag(id(0), "deflection", TagState.SUGGESTED),
                        new ItemTag(id(2), "stalling", TagState.REJECTED)));
    }

    private static CodebookState withThemeTag(CodebookState state, ItemTag tag) {
        return new CodebookState(state.codebook(), append(state.themeTags(), tag), state.responseTypeTags());
    }

    private static <T> List<T> append(List<T> list, T more) {
        List<T> copy = new ArrayList<>(list);
        copy.add(more);
        return copy;
    }

    private long id(int index) {
        return letter.item(index).id();
    }
}
