package org.casebook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodebookEditsTest {

    /*
     * The themes every test starts from:
     *   pay
     *     pay-bands
     *       pay-band-3
     *     pay-rates
     *   voice
     *     boards
     *   harm
     */
    private static final List<Theme> THEMES = List.of(
            theme("pay", Optional.empty()),
            theme("pay-bands", Optional.of("pay")),
            theme("pay-band-3", Optional.of("pay-bands")),
            theme("pay-rates", Optional.of("pay")),
            theme("voice", Optional.empty()),
            theme("boards", Optional.of("voice")),
            theme("harm", Optional.empty()));

    private static final List<ResponseType> TYPES = List.of(
            new ResponseType("apology", "Apology", "Says sorry."),
            new ResponseType("refusal", "Refusal", "Declines."),
            new ResponseType("reassurance", "Reassurance", "General comfort."));

    private static final CodebookState START = new CodebookState(new Codebook(THEMES, TYPES),
            List.of(new ItemTag(1, "pay", TagState.CONFIRMED),
                    new ItemTag(2, "pay-bands", TagState.SUGGESTED),
                    new ItemTag(3, "voice", TagState.REJECTED),
                    new ItemTag(3, "harm", TagState.CONFIRMED)),
            List.of(new ItemTag(1, "apology", TagState.CONFIRMED),
                    new ItemTag(2, "refusal", TagState.SUGGESTED)));

    // ---- adding themes ----

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(delimiter = '|', value = {
            "Pay & parity            | pay-parity",
            "  Café culture   | cafe-culture",
            "Über-Führung: Ärger     | uber-fuhrung-arger",
            "Left out (again!)       | left-out-again",
            "2024 review             | 2024-review",
            "&&&                     | code"})
    void makesTheIdOfANewThemeFromItsName(String name, String id) {
        CodebookEdits.Added<Theme> added = CodebookEdits.addTheme(START, name, "", "#112233", Optional.empty());

        assertThat(added.added().id()).isEqualTo(id);
        assertThat(added.added().name()).isEqualTo(name.strip());
        assertThat(added.state().codebook().theme(id)).contains(added.added());
    }

    @Test
    void numbersTheIdWhenTheNameIsTakenAlready() {
        CodebookState once = CodebookEdits.addTheme(START, "Pay & parity", "", "#112233", Optional.empty()).state();
        CodebookEdits.Added<Theme> twice = CodebookEdits.addTheme(once, "Pay parity", "", "#112233", Optional.empty());
        CodebookEdits.Added<Theme> thrice = CodebookEdits.addTheme(twice.state(), "pay: parity", "", "#112233",
                Optional.empty());

        assertThat(twice.added().id()).isEqualTo("pay-parity-2");
        assertThat(thrice.added().id()).isEqualTo("pay-parity-3");
        assertThat(thrice.state().codebook().themes()).extracting(Theme::id)
                .endsWith("pay-parity", "pay-parity-2", "pay-parity-3");
    }

    @Test
    void shortensVeryLongNamesToAnIdTheDatabaseCanHold() {
        String name = "A very long theme name that goes on and on about pay and parity and bands";
        CodebookState once = CodebookEdits.addTheme(START, name, "", "#112233", Optional.empty()).state();
        Theme second = CodebookEdits.addTheme(once, name, "", "#112233", Optional.empty()).added();

        assertThat(once.codebook().themes().get(THEMES.size()).id()).hasSizeLessThanOrEqualTo(56).doesNotEndWith("-");
        assertThat(second.id()).hasSizeLessThanOrEqualTo(64).endsWith("-2");
    }

    @Test
    void addsANewThemeAtTheEndUnderItsParentWithTrimmedText() {
        CodebookEdits.Added<Theme> added = CodebookEdits.addTheme(START, " Band 4 ", "  Pay at band 4. ", "#aabbcc",
                Optional.of("pay-bands"));

        assertThat(added.added()).isEqualTo(new Theme("band-4", "Band 4", "Pay at band 4.", "#aabbcc",
                Optional.of("pay-bands")));
        assertThat(added.state().codebook().themes()).hasSize(THEMES.size() + 1).last().isEqualTo(added.added());
        assertThat(added.state().themeTags()).isEqualTo(START.themeTags());
        assertThat(added.state().responseTypeTags()).isEqualTo(START.responseTypeTags());
        assertThat(CodebookEdits.descendants(added.state(), "pay")).contains("band-4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesAThemeWithoutAName(String name) {
        assertThatThrownBy(() -> CodebookEdits.addTheme(START, name, "", "#112233", Optional.empty()))
                .isInstanceOf(CodebookException.class).hasMessage("Give it a name.");
    }

    @Test
    void refusesANewThemeUnderAnUnknownParent() {
        assertThatThrownBy(() -> CodebookEdits.addTheme(START, "Band 4", "", "#112233", Optional.of("nowhere")))
                .isInstanceOf(CodebookException.class).hasMessageContaining("nowhere");
    }

    // ---- updating themes ----

    @Test
    void updatesNameDescriptionColourAndParentKeepingTheIdAndPlace() {
        Theme changed = new Theme("harm", " Harm done ", " To staff. ", "#010203", Optional.of("voice"));

        CodebookState after = CodebookEdits.updateTheme(START, changed);

        assertThat(after.codebook().themes()).extracting(Theme::id).containsExactlyElementsOf(ids(THEMES));
        assertThat(after.codebook().theme("harm")).contains(
                new Theme("harm", "Harm done", "To staff.", "#010203", Optional.of("voice")));
        assertThat(after.themeTags()).isEqualTo(START.themeTags());
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"pay, pay", "pay, pay-bands", "pay, pay-band-3", "pay-bands, pay-band-3", "voice, boards"})
    void refusesToPutAThemeUnderItselfOrItsOwnSubTheme(String themeId, String parentId) {
        Theme theme = START.codebook().theme(themeId).orElseThrow();
        Theme moved = new Theme(themeId, theme.name(), theme.description(), theme.colour(), Optional.of(parentId));

        assertThatThrownBy(() -> CodebookEdits.updateTheme(START, moved))
                .isInstanceOf(CodebookException.class).hasMessageContaining("under itself");
    }

    @Test
    void movesAThemeUnderAnotherBranch() {
        Theme moved = new Theme("pay-bands", "pay-bands", "", "#112233", Optional.of("voice"));

        CodebookState after = CodebookEdits.updateTheme(START, moved);

        assertThat(CodebookEdits.descendants(after, "voice")).containsExactlyInAnyOrder("boards", "pay-bands",
                "pay-band-3");
        assertForest(after);
    }

    @Test
    void refusesAnUnknownParentAnUnknownThemeAndABlankName() {
        assertThatThrownBy(() -> CodebookEdits.updateTheme(START,
                new Theme("harm", "Harm", "", "#112233", Optional.of("nowhere"))))
                .isInstanceOf(CodebookException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> CodebookEdits.updateTheme(START,
                new Theme("ghost", "Ghost", "", "#112233", Optional.empty())))
                .isInstanceOf(CodebookException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> CodebookEdits.updateTheme(START,
                new Theme("harm", "  ", "", "#112233", Optional.empty())))
                .isInstanceOf(CodebookException.class).hasMessage("Give it a name.");
    }

    // ---- merging themes ----

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("tagStatePairs")
    void anItemTaggedWithBothKeepsOneTagInTheStrongerState(TagState fromState, TagState intoState, TagState kept) {
        CodebookState state = withThemeTags(new ItemTag(9, "voice", fromState), new ItemTag(9, "harm", intoState));

        CodebookState merged = CodebookEdits.mergeThemes(state, "voice", "harm");

        assertThat(merged.themeTags()).containsExactly(new ItemTag(9, "harm", kept));
    }

    static Stream<Arguments> tagStatePairs() {
        return Stream.of(
                Arguments.of(TagState.CONFIRMED, TagState.SUGGESTED, TagState.CONFIRMED),
                Arguments.of(TagState.SUGGESTED, TagState.CONFIRMED, TagState.CONFIRMED),
                Arguments.of(TagState.REJECTED, TagState.CONFIRMED, TagState.CONFIRMED),
                Arguments.of(TagState.CONFIRMED, TagState.REJECTED, TagState.CONFIRMED),
                Arguments.of(TagState.SUGGESTED, TagState.REJECTED, TagState.SUGGESTED),
                Arguments.of(TagState.REJECTED, TagState.SUGGESTED, TagState.SUGGESTED),
                Arguments.of(TagState.REJECTED, TagState.REJECTED, TagState.REJECTED),
                Arguments.of(TagState.SUGGESTED, TagState.SUGGESTED, TagState.SUGGESTED));
    }

    @Test
    void mergingMovesTagsAndSubThemesToTheSurvivorAndRemovesTheOther() {
        CodebookState merged = CodebookEdits.mergeThemes(START, "voice", "harm");

        assertThat(merged.codebook().theme("voice")).isEmpty();
        assertThat(merged.codebook().theme("boards").orElseThrow().parentId()).contains("harm");
        assertThat(merged.themeTags()).containsExactlyInAnyOrder(
                new ItemTag(1, "pay", TagState.CONFIRMED),
                new ItemTag(2, "pay-bands", TagState.SUGGESTED),
                new ItemTag(3, "harm", TagState.CONFIRMED));
        assertThat(merged.responseTypeTags()).isEqualTo(START.responseTypeTags());
        assertThat(merged.codebook().responseTypes()).isEqualTo(TYPES);
        assertForest(merged);
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource({"pay, pay-bands", "pay, pay-band-3", "pay-bands, pay-band-3", "voice, boards", "pay, pay-rates",
            "pay-band-3, pay", "boards, voice", "pay-rates, boards"})
    void mergingKeepsTheThemesAForestWhereverTheSurvivorSits(String fromId, String intoId) {
        Set<String> before = new HashSet<>(CodebookEdits.descendants(START, fromId));
        before.remove(intoId);

        CodebookState merged = CodebookEdits.mergeThemes(START, fromId, intoId);

        assertForest(merged);
        assertThat(merged.codebook().theme(fromId)).isEmpty();
        assertThat(merged.codebook().themes()).hasSize(THEMES.size() - 1);
        assertThat(CodebookEdits.descendants(merged, intoId))
                .as("what was below the merged theme is now below the survivor").containsAll(before);
    }

    @Test
    void mergingIntoASubThemeLiftsItToTheMergedThemesPlace() {
        CodebookState merged = CodebookEdits.mergeThemes(START, "pay", "pay-band-3");

        assertThat(parents(merged)).containsEntry("pay-band-3", Optional.empty())
                .containsEntry("pay-bands", Optional.of("pay-band-3"))
                .containsEntry("pay-rates", Optional.of("pay-band-3"));
        assertThat(merged.themeTags()).contains(new ItemTag(1, "pay-band-3", TagState.CONFIRMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pay", "pay-band-3", "harm"})
    void refusesToMergeAThemeIntoItself(String id) {
        assertThatThrownBy(() -> CodebookEdits.mergeThemes(START, id, id))
                .isInstanceOf(CodebookException.class).hasMessageContaining("two different");
    }

    @Test
    void refusesToMergeUnknownThemes() {
        assertThatThrownBy(() -> CodebookEdits.mergeThemes(START, "ghost", "pay"))
                .isInstanceOf(CodebookException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> CodebookEdits.mergeThemes(START, "pay", "ghost"))
                .isInstanceOf(CodebookException.class).hasMessageContaining("ghost");
    }

    // ---- deleting themes ----

    @Test
    void deletingWithoutReassigningDropsTheTagsAndLiftsSubThemesToTheDeletedThemesParent() {
        CodebookState state = withThemeTags(new ItemTag(1, "pay-bands", TagState.CONFIRMED),
                new ItemTag(2, "pay-band-3", TagState.CONFIRMED));

        CodebookState after = CodebookEdits.deleteTheme(state, "pay-bands", Optional.empty());

        assertThat(after.codebook().theme("pay-bands")).isEmpty();
        assertThat(parents(after)).containsEntry("pay-band-3", Optional.of("pay"));
        assertThat(after.themeTags()).containsExactly(new ItemTag(2, "pay-band-3", TagState.CONFIRMED));
        assertForest(after);
    }

    @Test
    void deletingATopThemeLiftsItsSubThemesToTheTop() {
        CodebookState after = CodebookEdits.deleteTheme(START, "pay", Optional.empty());

        assertThat(parents(after)).containsEntry("pay-bands", Optional.empty())
                .containsEntry("pay-rates", Optional.empty())
                .containsEntry("pay-band-3", Optional.of("pay-bands"));
        assertThat(after.themeTags()).extracting(ItemTag::codeId).doesNotContain("pay");
    }

    @Test
    void deletingWithReassignmentMovesTheTagsKeepingTheStrongerState() {
        CodebookState state = withThemeTags(new ItemTag(1, "voice", TagState.CONFIRMED),
                new ItemTag(1, "harm", TagState.REJECTED), new ItemTag(2, "voice", TagState.SUGGESTED));

        CodebookState after = CodebookEdits.deleteTheme(state, "voice", Optional.of("harm"));

        assertThat(after.themeTags()).containsExactlyInAnyOrder(new ItemTag(1, "harm", TagState.CONFIRMED),
                new ItemTag(2, "harm", TagState.SUGGESTED));
        assertThat(parents(after)).containsEntry("boards", Optional.empty());
    }

    @Test
    void deletingAndReassigningToASubThemeKeepsAForest() {
        CodebookState after = CodebookEdits.deleteTheme(START, "pay", Optional.of("pay-band-3"));

        assertForest(after);
        assertThat(after.themeTags()).contains(new ItemTag(1, "pay-band-3", TagState.CONFIRMED));
    }

    @Test
    void refusesToDeleteAnUnknownThemeOrToReassignToItselfOrToAnUnknownTheme() {
        assertThatThrownBy(() -> CodebookEdits.deleteTheme(START, "ghost", Optional.empty()))
                .isInstanceOf(CodebookException.class);
        assertThatThrownBy(() -> CodebookEdits.deleteTheme(START, "pay", Optional.of("pay")))
                .isInstanceOf(CodebookException.class);
        assertThatThrownBy(() -> CodebookEdits.deleteTheme(START, "pay", Optional.of("ghost")))
                .isInstanceOf(CodebookException.class).hasMessageContaining("ghost");
    }

    // ---- response types ----

    @Test
    void addsAResponseTypeAtTheEndWithAnIdFromItsName() {
        CodebookEdits.Added<ResponseType> first = CodebookEdits.addResponseType(START, " Non-answer ", " Says nothing. ");
        CodebookEdits.Added<ResponseType> second = CodebookEdits.addResponseType(first.state(), "Non answer", "");

        assertThat(first.added()).isEqualTo(new ResponseType("non-answer", "Non-answer", "Says nothing."));
        assertThat(second.added().id()).isEqualTo("non-answer-2");
        assertThat(second.state().codebook().responseTypes()).extracting(ResponseType::id)
                .containsExactly("apology", "refusal", "reassurance", "non-answer", "non-answer-2");
        assertThat(second.state().codebook().themes()).isEqualTo(THEMES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesAResponseTypeWithoutAName(String name) {
        assertThatThrownBy(() -> CodebookEdits.addResponseType(START, name, ""))
                .isInstanceOf(CodebookException.class);
        assertThatThrownBy(() -> CodebookEdits.updateResponseType(START, new ResponseType("apology", name, "")))
                .isInstanceOf(CodebookException.class);
    }

    @Test
    void updatesAResponseTypeInPlace() {
        CodebookState after = CodebookEdits.updateResponseType(START,
                new ResponseType("refusal", " Flat refusal ", " Says no. "));

        assertThat(after.codebook().responseTypes()).containsExactly(TYPES.get(0),
                new ResponseType("refusal", "Flat refusal", "Says no."), TYPES.get(2));
        assertThatThrownBy(() -> CodebookEdits.updateResponseType(START, new ResponseType("ghost", "Ghost", "")))
                .isInstanceOf(CodebookException.class);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("tagStatePairs")
    void mergingResponseTypesKeepsOneTagInTheStrongerState(TagState fromState, TagState intoState, TagState kept) {
        CodebookState state = new CodebookState(START.codebook(), START.themeTags(),
                List.of(new ItemTag(9, "refusal", fromState), new ItemTag(9, "apology", intoState),
                        new ItemTag(10, "refusal", fromState)));

        CodebookState merged = CodebookEdits.mergeResponseTypes(state, "refusal", "apology");

        assertThat(merged.responseTypeTags()).containsExactlyInAnyOrder(new ItemTag(9, "apology", kept),
                new ItemTag(10, "apology", fromState));
        assertThat(merged.codebook().responseTypes()).extracting(ResponseType::id)
                .containsExactly("apology", "reassurance");
        assertThat(merged.themeTags()).isEqualTo(START.themeTags());
    }

    @Test
    void refusesToMergeAResponseTypeIntoItselfOrAnUnknownOne() {
        assertThatThrownBy(() -> CodebookEdits.mergeResponseTypes(START, "apology", "apology"))
                .isInstanceOf(CodebookException.class).hasMessageContaining("two different");
        assertThatThrownBy(() -> CodebookEdits.mergeResponseTypes(START, "apology", "ghost"))
                .isInstanceOf(CodebookException.class);
    }

    @Test
    void deletingAResponseTypeDropsOrMovesItsTags() {
        CodebookState dropped = CodebookEdits.deleteResponseType(START, "apology", Optional.empty());
        CodebookState moved = CodebookEdits.deleteResponseType(START, "apology", Optional.of("reassurance"));

        assertThat(dropped.responseTypeTags()).containsExactly(new ItemTag(2, "refusal", TagState.SUGGESTED));
        assertThat(moved.responseTypeTags()).containsExactlyInAnyOrder(new ItemTag(1, "reassurance", TagState.CONFIRMED),
                new ItemTag(2, "refusal", TagState.SUGGESTED));
        assertThat(moved.codebook().responseType("apology")).isEmpty();
    }

    @Test
    void refusesToDeleteAResponseTypeMovingItsTagsToItselfOrNowhere() {
        assertThatThrownBy(() -> CodebookEdits.deleteResponseType(START, "apology", Optional.of("apology")))
                .isInstanceOf(CodebookException.class);
        assertThatThrownBy(() -> CodebookEdits.deleteResponseType(START, "apology", Optional.of("ghost")))
                .isInstanceOf(CodebookException.class);
        assertThatThrownBy(() -> CodebookEdits.deleteResponseType(START, "ghost", Optional.empty()))
                .isInstanceOf(CodebookException.class);
    }

    // ---- descendants and counts ----

    @ParameterizedTest(name = "below {0}: {1}")
    @CsvSource({"pay, pay-bands pay-band-3 pay-rates", "pay-bands, pay-band-3", "voice, boards", "harm, ''",
            "pay-band-3, ''", "ghost, ''"})
    void findsEveryThemeBelowATheme(String themeId, String expected) {
        Set<String> wanted = expected.isBlank() ? Set.of() : Set.of(expected.split(" "));

        assertThat(CodebookEdits.descendants(START, themeId)).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void countsOnlyConfirmedTags() {
        assertThat(START.itemsTaggedWithTheme("pay")).isEqualTo(1);
        assertThat(START.itemsTaggedWithTheme("pay-bands")).isZero();
        assertThat(START.itemsTaggedWithTheme("voice")).isZero();
        assertThat(START.itemsTaggedWithResponseType("apology")).isEqualTo(1);
        assertThat(START.itemsTaggedWithResponseType("refusal")).isZero();
    }

    @Test
    void editsLeaveTheStateTheyWereGivenAlone() {
        CodebookState copy = new CodebookState(START.codebook(), START.themeTags(), START.responseTypeTags());

        CodebookEdits.mergeThemes(START, "pay", "pay-band-3");
        CodebookEdits.deleteTheme(START, "voice", Optional.of("harm"));
        CodebookEdits.addTheme(START, "New", "", "#112233", Optional.empty());
        CodebookEdits.mergeResponseTypes(START, "apology", "refusal");

        assertThat(START).isEqualTo(copy);
    }

    // ---- helpers ----

    private static Theme theme(String id, Optional<String> parent) {
        return new Theme(id, id, "", "#112233", parent);
    }

    private static CodebookState withThemeTags(ItemTag... tags) {
        return new CodebookState(START.codebook(), List.of(tags), START.responseTypeTags());
    }

    private static List<String> ids(List<Theme> themes) {
        return themes.stream().map(Theme::id).toList();
    }

    private static Map<String, Optional<String>> parents(CodebookState state) {
        Map<String, Optional<String>> parents = new HashMap<>();
        state.codebook().themes().forEach(t -> parents.put(t.id(), t.parentId()));
        return parents;
    }

    /** Every parent exists, ids are unique, and walking up from any theme reaches the top without a loop. */
    private static void assertForest(CodebookState state) {
        Map<String, Optional<String>> parents = parents(state);
        assertThat(parents).as("unique ids").hasSize(state.codebook().themes().size());
        for (String id : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            Optional<String> at = Optional.of(id);
            while (at.isPresent()) {
                assertThat(seen.add(at.get())).as("loop through %s starting at %s", at.get(), id).isTrue();
                assertThat(parents).as("parent %s of %s exists", at.get(), id).containsKey(at.get());
                at = parents.get(at.get());
            }
        }
    }
}
