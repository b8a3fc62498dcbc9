package org.casebook.ui.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.CodebookState;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.ui.codebook.ThemeEditor.ParentChoice;
import org.casebook.ui.codebook.ThemeEditor.ThemeNode;
import org.casebook.ui.common.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class CodebookViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private CaseHandle database;
    private CodebookViewModel viewModel;
    private ThemeEditor themes;
    private ResponseTypeEditor types;
    private List<Long> items;

    @BeforeEach
    void openACaseWithThreeItems() {
        app = new TestCases(temp.resolve("home"));
        app.dialogs.answerSave(temp.resolve("Ward 7"));
        app.session.newCase();
        database = app.session.currentCase().orElseThrow().handle();
        items = CaseAccess.write(database, r -> {
            Letter letter = r.letters().add(new Letter(0, "Reply to our concerns", Optional.empty(), "Trust", "Group",
                    Optional.empty(), Optional.empty(), Optional.empty(), "", "", "Concerns and answers", Optional.empty()));
            List<Long> ids = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                ids.add(r.items().add(new Item(0, letter.id(), Optional.empty(), String.valueOf(n), String.valueOf(n), n,
                        "Concern " + n, Optional.of("Answer " + n), Optional.empty(), Optional.empty(),
                        Stance.UNDECIDED, "")).id());
            }
            return ids;
        });
        viewModel = new CodebookViewModel(app.edits, app.services.codebookService(), app.dialogs, app.messages);
        themes = viewModel.themes();
        types = viewModel.responseTypes();
    }

    @AfterEach
    void closeTheCase() {
        app.session.shutdown();
    }

    @Test
    void showsEveryThemeWithHowManyItemsAreTaggedWithIt() {
        tagTheme(0, "pay-disparity", TagState.CONFIRMED);
        tagTheme(1, "pay-disparity", TagState.CONFIRMED);
        tagTheme(2, "pay-disparity", TagState.SUGGESTED);

        assertThat(themes.tree().get()).hasSize(9);
        assertThat(node("pay-disparity").tagged()).isEqualTo(2);
        assertThat(node("funding-refusal").tagged()).isZero();
        assertThat(types.rows()).hasSize(10);
    }

    @Test
    void withNoCaseOpenTheEditorIsEmpty() {
        themes.select(Optional.of("pay-disparity"));

        app.session.closeCase();

        assertThat(themes.tree().get()).isEmpty();
        assertThat(types.rows()).isEmpty();
        assertThat(themes.selected().get()).isEmpty();
        assertThat(themes.hasSelection().get()).isFalse();
        assertThat(themes.addTheme()).isFalse();
    }

    @Test
    void anAddedThemeIsSelectedAndASecondOneGetsItsOwnName() {
        assertThat(themes.addTheme()).isTrue();
        assertThat(themes.selected().get()).contains("new-theme");
        assertThat(themes.name().get()).isEqualTo("New theme");
        assertThat(undoDescription()).isEqualTo("add \"New theme\"");

        themes.addTheme();

        assertThat(themes.name().get()).isEqualTo("New theme 2");
        assertThat(stored().codebook().themes()).extracting(Theme::name).endsWith("New theme", "New theme 2");
    }

    @Test
    void eachNewThemeTakesAColourNoOtherThemeHas() {
        themes.addTheme();
        themes.addTheme();
        themes.addTheme();

        List<String> colours = stored().codebook().themes().stream().map(Theme::colour).toList();
        assertThat(colours).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void aSubThemeGoesUnderTheSelectedTheme() {
        themes.select(Optional.of("pay-disparity"));

        themes.addSubTheme();

        assertThat(node("pay-disparity").children()).extracting(n -> n.theme().name()).containsExactly("New theme");
        assertThat(themes.parent().get().id()).contains("pay-disparity");
    }

    @Test
    void renamingThroughTheFormIsOneEditThatUndoPutsBack() {
        themes.select(Optional.of("pay-disparity"));
        themes.name().set("  Pay gap ");

        themes.commitName();

        assertThat(stored().codebook().theme("pay-disparity").orElseThrow().name()).isEqualTo("Pay gap");
        assertThat(undoDescription()).isEqualTo("rename \"Pay disparity\" to \"Pay gap\"");
        assertThat(node("pay-disparity").theme().name()).isEqualTo("Pay gap");

        app.edits.undo();

        assertThat(themes.name().get()).isEqualTo("Pay disparity");
        assertThat(themes.selected().get()).contains("pay-disparity");
        assertThat(stored().codebook().theme("pay-disparity").orElseThrow().name()).isEqualTo("Pay disparity");
    }

    @Test
    void afterAnUndoMovingToAnotherThemeDoesNotStoreTheOldTextAgain() {
        themes.select(Optional.of("pay-disparity"));
        themes.name().set("Pay gap");
        themes.commitName();
        app.edits.undo();

        themes.select(Optional.of("funding-refusal"));

        assertThat(app.edits.stack().canRedoProperty().get()).isTrue();
        assertThat(stored().codebook().theme("pay-disparity").orElseThrow().name()).isEqualTo("Pay disparity");
    }

    @Test
    void whatWasTypedIsStoredForTheThemeItWasTypedFor() {
        themes.select(Optional.of("pay-disparity"));
        themes.name().set("Pay gap");

        themes.select(Optional.of("funding-refusal"));

        assertThat(stored().codebook().theme("pay-disparity").orElseThrow().name()).isEqualTo("Pay gap");
        assertThat(stored().codebook().theme("funding-refusal").orElseThrow().name()).isEqualTo("Funding refused");
        assertThat(themes.name().get()).isEqualTo("Funding refused");
    }

    @Test
    void aBlankNameIsRefusedAndTheFormShowsTheStoredName() {
        themes.select(Optional.of("pay-disparity"));
        themes.name().set("   ");

        themes.commitName();

        assertThat(app.dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("Give it a name."));
        assertThat(themes.name().get()).isEqualTo("Pay disparity");
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void descriptionAndColourAreEachTheirOwnEdit() {
        themes.select(Optional.of("pay-disparity"));
        themes.description().set("Pay for lived experience work.");
        themes.commitDescription();
        assertThat(undoDescription()).isEqualTo("change the description of \"Pay disparity\"");

        themes.colour().set("#1A2B3C");
        themes.commitColour();

        Theme stored = stored().codebook().theme("pay-disparity").orElseThrow();
        assertThat(stored.description()).isEqualTo("Pay for lived experience work.");
        assertThat(stored.colour()).isEqualTo("#1a2b3c");
        assertThat(undoDescription()).isEqualTo("change the colour of \"Pay disparity\"");
    }

    @Test
    void committingWhatIsAlreadyStoredMakesNoEdit() {
        themes.select(Optional.of("pay-disparity"));

        themes.commitName();
        themes.commitDescription();
        themes.commitColour();
        themes.commitParent();

        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aThemeMovesUnderAnotherAndBackToTheTop() {
        themes.select(Optional.of("career-pathway"));
        themes.parent().set(choice("pay-disparity"));

        themes.commitParent();

        assertThat(node("pay-disparity").children()).extracting(n -> n.theme().id()).containsExactly("career-pathway");
        assertThat(undoDescription()).isEqualTo("move \"Career pathway\" under \"Pay disparity\"");
        assertThat(themes.parentChoices().get(0).label()).isEqualTo("(top level)");
        assertThat(choice("pay-disparity").label()).isEqualTo("Pay disparity");

        themes.parent().set(themes.parentChoices().get(0));
        themes.commitParent();

        assertThat(stored().codebook().theme("career-pathway").orElseThrow().parentId()).isEmpty();
        assertThat(undoDescription()).isEqualTo("move \"Career pathway\" to the top level");
    }

    @Test
    void aThemeIsNeverOfferedAPlaceUnderItselfAndAForcedCycleIsRefused() {
        themes.select(Optional.of("career-pathway"));
        themes.parent().set(choice("pay-disparity"));
        themes.commitParent();

        themes.select(Optional.of("pay-disparity"));

        assertThat(themes.parentChoices()).extracting(ParentChoice::id)
                .doesNotContain(Optional.of("pay-disparity"), Optional.of("career-pathway"));

        themes.parent().set(new ParentChoice(Optional.of("career-pathway"), "Pay disparity › Career pathway"));
        themes.commitParent();

        assertThat(app.dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("cannot be placed under itself"));
        assertThat(stored().codebook().theme("pay-disparity").orElseThrow().parentId()).isEmpty();
        assertThat(themes.parent().get().id()).isEmpty();
        assertThat(undoDescription()).isEqualTo("move \"Career pathway\" under \"Pay disparity\"");
    }

    @Test
    void mergingKeepsEveryItemsTagsAndUndoPutsBothThemesBackExactly() {
        tagTheme(0, "pay-disparity", TagState.CONFIRMED);
        tagTheme(1, "funding-refusal", TagState.CONFIRMED);
        tagTheme(2, "funding-refusal", TagState.CONFIRMED);
        tagTheme(2, "pay-disparity", TagState.SUGGESTED);
        tagTheme(1, "accountability", TagState.REJECTED);
        CodebookState before = stored();
        themes.select(Optional.of("funding-refusal"));
        app.dialogs.answerListChoice(0);

        themes.merge();

        assertThat(app.dialogs.listsOffered()).singleElement()
                .satisfies(labels -> assertThat(labels).startsWith("Pay disparity").doesNotContain("Funding refused"));
        assertThat(undoDescription()).isEqualTo("merge \"Funding refused\" into \"Pay disparity\"");
        assertThat(stored().codebook().theme("funding-refusal")).isEmpty();
        assertThat(tags(stored())).contains(
                new ItemTag(items.get(0), "pay-disparity", TagState.CONFIRMED),
                new ItemTag(items.get(1), "pay-disparity", TagState.CONFIRMED),
                new ItemTag(items.get(2), "pay-disparity", TagState.CONFIRMED),
                new ItemTag(items.get(1), "accountability", TagState.REJECTED)).hasSize(4);
        assertThat(node("pay-disparity").tagged()).isEqualTo(3);
        assertThat(themes.selected().get()).contains("pay-disparity");
        CodebookState merged = stored();

        app.edits.undo();

        assertThat(stored().codebook()).isEqualTo(before.codebook());
        assertThat(tags(stored())).isEqualTo(tags(before));
        assertThat(node("funding-refusal").tagged()).isEqualTo(2);
        assertThat(node("pay-disparity").tagged()).isEqualTo(1);

        app.edits.redo();

        assertThat(stored().codebook()).isEqualTo(merged.codebook());
        assertThat(tags(stored())).isEqualTo(tags(merged));
    }

    @Test
    void deletingATaggedThemeCanTakeItOffItsItems() {
        tagTheme(0, "pay-disparity", TagState.CONFIRMED);
        tagTheme(1, "pay-disparity", TagState.CONFIRMED);
        CodebookState before = stored();
        themes.select(Optional.of("pay-disparity"));
        app.dialogs.answerListChoice(0);

        themes.delete();

        assertThat(app.dialogs.listsOffered()).singleElement().isEqualTo(
                List.of("Remove it from the 2 items", "Move its tags to another theme…"));
        assertThat(stored().codebook().theme("pay-disparity")).isEmpty();
        assertThat(tags(stored())).isEmpty();
        assertThat(undoDescription()).isEqualTo("delete \"Pay disparity\"");
        assertThat(themes.selected().get()).isEmpty();

        app.edits.undo();

        assertThat(stored().codebook()).isEqualTo(before.codebook());
        assertThat(tags(stored())).isEqualTo(tags(before));
    }

    @Test
    void deletingATaggedThemeCanMoveItsTagsToAnotherTheme() {
        tagTheme(0, "pay-disparity", TagState.CONFIRMED);
        tagTheme(1, "pay-disparity", TagState.CONFIRMED);
        themes.select(Optional.of("pay-disparity"));
        app.dialogs.answerListChoice(1).answerListChoice(0);

        themes.delete();

        assertThat(app.dialogs.listsOffered().get(1)).startsWith("Funding refused").doesNotContain("Pay disparity");
        assertThat(tags(stored())).containsExactlyInAnyOrder(
                new ItemTag(items.get(0), "funding-refusal", TagState.CONFIRMED),
                new ItemTag(items.get(1), "funding-refusal", TagState.CONFIRMED));
        assertThat(undoDescription()).isEqualTo("delete \"Pay disparity\" and move its tags to \"Funding refused\"");
        assertThat(themes.selected().get()).contains("funding-refusal");
    }

    @Test
    void cancellingTheChoiceOfWhereTagsGoDeletesNothing() {
        tagTheme(0, "pay-disparity", TagState.CONFIRMED);
        themes.select(Optional.of("pay-disparity"));
        app.dialogs.answerListChoice(1);

        themes.delete();

        assertThat(stored().codebook().theme("pay-disparity")).isPresent();
        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
    }

    @Test
    void anUnusedThemeIsDeletedOnlyAfterConfirmingAndItsSubThemesMoveUp() {
        themes.select(Optional.of("career-pathway"));
        themes.parent().set(choice("pay-disparity"));
        themes.commitParent();
        themes.select(Optional.of("pay-disparity"));

        themes.delete();

        assertThat(stored().codebook().theme("pay-disparity")).isPresent();
        assertThat(app.dialogs.confirmations()).singleElement().asString()
                .contains("No item is tagged with “Pay disparity”").contains("Its sub-theme moves up a level.");

        app.dialogs.answerConfirm(true);
        themes.delete();

        assertThat(stored().codebook().theme("pay-disparity")).isEmpty();
        assertThat(stored().codebook().theme("career-pathway").orElseThrow().parentId()).isEmpty();
    }

    @Test
    void aReloadKeepsTheSelectedThemeById() {
        themes.select(Optional.of("peer-roles"));

        app.edits.refresh();

        assertThat(themes.selected().get()).contains("peer-roles");
        assertThat(themes.name().get()).isEqualTo("Peer roles");
    }

    @Test
    void responseTypesMergeKeepingTheirItemsTags() {
        tagType(0, "non-apology", TagState.CONFIRMED);
        tagType(1, "non-apology", TagState.CONFIRMED);
        tagType(1, "apology", TagState.CONFIRMED);
        tagType(2, "apology", TagState.CONFIRMED);
        CodebookState before = stored();
        types.select(Optional.of("non-apology"));
        app.dialogs.answerListChoice(3);

        types.merge();

        assertThat(app.dialogs.listsOffered()).singleElement()
                .satisfies(labels -> assertThat(labels.get(3)).isEqualTo("Apology"));
        assertThat(undoDescription()).isEqualTo("merge \"Non-apology\" into \"Apology\"");
        assertThat(stored().codebook().responseType("non-apology")).isEmpty();
        assertThat(row("apology").tagged()).isEqualTo(3);
        assertThat(types.selected().get()).contains("apology");

        app.edits.undo();

        assertThat(stored().codebook()).isEqualTo(before.codebook());
        assertThat(new HashSet<>(stored().responseTypeTags())).isEqualTo(new HashSet<>(before.responseTypeTags()));
    }

    @Test
    void responseTypesAreAddedRenamedAndDeleted() {
        assertThat(types.add()).isTrue();
        types.name().set("Silence");
        types.commitName();
        assertThat(undoDescription()).isEqualTo("rename \"New response type\" to \"Silence\"");
        tagType(0, "new-response-type", TagState.CONFIRMED);
        app.dialogs.answerListChoice(0);

        types.delete();

        assertThat(app.dialogs.listsOffered()).singleElement().asString().contains("Remove it from the item");
        assertThat(stored().codebook().responseType("new-response-type")).isEmpty();
        assertThat(stored().responseTypeTags()).isEmpty();
        assertThat(undoDescription()).isEqualTo("delete \"Silence\"");
    }

    @Test
    void aDefaultThemeShowsTheDefaultPhrasesOneALine() {
        themes.select(Optional.of("pay-disparity"));

        List<String> lines = List.of(themes.phrases().get().split("\n"));
        assertThat(lines).startsWith("paid … a day", "paid … an hour").contains("equal pay")
                .isEqualTo(stored().phrases().ofTheme("pay-disparity"));
    }

    @Test
    void editedPhrasesAreStoredWithoutBlankLinesOrRepeatsAsOneEdit() {
        themes.select(Optional.of("pay-disparity"));
        themes.phrases().set("paid … a day\n\n  Equal   pay \nequal pay\r\nnot paid the same\n");

        themes.commitPhrases();

        assertThat(stored().phrases().ofTheme("pay-disparity"))
                .containsExactly("paid … a day", "Equal pay", "not paid the same");
        assertThat(undoDescription()).isEqualTo("change the phrases for \"Pay disparity\"");
        assertThat(themes.phrases().get()).isEqualTo("paid … a day\nEqual pay\nnot paid the same");
    }

    @Test
    void undoPutsThePhrasesBackExactlyAndRedoStoresTheEditAgain() {
        CodebookState before = stored();
        themes.select(Optional.of("pay-disparity"));
        themes.phrases().set("equal pay");
        themes.commitPhrases();

        app.edits.undo();

        assertThat(stored().phrases()).isEqualTo(before.phrases());
        assertThat(themes.phrases().get()).isEqualTo(String.join("\n", before.phrases().ofTheme("pay-disparity")));

        themes.phrases().set("something typed since");
        app.edits.redo();

        assertThat(stored().phrases().ofTheme("pay-disparity")).containsExactly("equal pay");
        assertThat(themes.phrases().get()).isEqualTo("equal pay");
    }

    @Test
    void onlyBlankLinesAndRepeatsAddedMakeNoEditAndTheFieldShowsTheStoredPhrases() {
        themes.select(Optional.of("funding-refusal"));
        String shown = themes.phrases().get();
        String first = stored().phrases().ofTheme("funding-refusal").get(0);
        themes.phrases().set("\n" + shown + "\n\n" + first.toUpperCase(java.util.Locale.ROOT) + "\n");

        themes.commitPhrases();

        assertThat(app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(themes.phrases().get()).isEqualTo(shown);
    }

    @Test
    void phrasesTypedForOneThemeAreStoredForItWhenAnotherIsSelected() {
        themes.select(Optional.of("pay-disparity"));
        themes.phrases().set("equal pay");

        themes.select(Optional.of("funding-refusal"));

        assertThat(stored().phrases().ofTheme("pay-disparity")).containsExactly("equal pay");
        assertThat(stored().phrases().ofTheme("funding-refusal")).isNotEmpty();
        assertThat(themes.phrases().get()).isEqualTo(String.join("\n", stored().phrases().ofTheme("funding-refusal")));
    }

    @Test
    void clearingEveryPhraseLeavesTheThemeWithoutPhrases() {
        themes.select(Optional.of("pay-disparity"));
        themes.phrases().set("\n  \n");

        themes.commitPhrases();

        assertThat(stored().phrases().ofTheme("pay-disparity")).isEmpty();
        assertThat(stored().phrases().themes()).doesNotContainKey("pay-disparity");
        assertThat(themes.phrases().get()).isEmpty();
    }

    @Test
    void responseTypePhrasesAreShownStoredAndUndoneLikeAThemes() {
        CodebookState before = stored();
        types.select(Optional.of("apology"));
        assertThat(types.phrases().get()).startsWith("we are sorry\n")
                .isEqualTo(String.join("\n", before.phrases().ofResponseType("apology")));
        types.phrases().set("we apologise\nWe apologise\n\nour apologies");

        types.commitPhrases();

        assertThat(stored().phrases().ofResponseType("apology")).containsExactly("we apologise", "our apologies");
        assertThat(undoDescription()).isEqualTo("change the phrases for \"Apology\"");

        app.edits.undo();

        assertThat(stored().phrases()).isEqualTo(before.phrases());
        assertThat(types.phrases().get()).isEqualTo(String.join("\n", before.phrases().ofResponseType("apology")));
    }

    private void tagTheme(int item, String themeId, TagState state) {
        app.services.annotationService().setTheme(database, items.get(item), themeId, Optional.of(state));
        app.edits.refresh();
    }

    private void tagType(int item, String typeId, TagState state) {
        app.services.annotationService().setResponseType(database, items.get(item), typeId, Optional.of(state));
        app.edits.refresh();
    }

    private CodebookState stored() {
        return app.services.codebookService().state(database);
    }

    private static Set<ItemTag> tags(CodebookState state) {
        return new HashSet<>(state.themeTags());
    }

    private String undoDescription() {
        return app.edits.stack().undoDescriptionProperty().get();
    }

    private ParentChoice choice(String themeId) {
        return themes.parentChoices().stream().filter(c -> c.id().equals(Optional.of(themeId))).findFirst().orElseThrow();
    }

    private ResponseTypeEditor.TypeRow row(String typeId) {
        return types.rows().stream().filter(r -> r.type().id().equals(typeId)).findFirst().orElseThrow();
    }

    private ThemeNode node(String themeId) {
        return find(themes.tree().get(), themeId).orElseThrow();
    }

    private static Optional<ThemeNode> find(List<ThemeNode> nodes, String themeId) {
        for (ThemeNode n : nodes) {
            if (n.theme().id().equals(themeId)) {
                return Optional.of(n);
            }
            Optional<ThemeNode> below = find(n.children(), themeId);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
