package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.casebook.domain.Stance;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.workspace.ItemFilter.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The workspace over the sample case: rows, the letters tree, filters, selection and moving between items. */
class WorkspaceViewModelTest {

    private static final List<String> ALL = List.of("1", "2", "3", "3/a", "3/b", "4", "5", "6", "7", "8", "9");

    @RegisterExtension
    static final SampleCaseExtension SAMPLE = new SampleCaseExtension();

    private SampleWorkspace workspace;
    private WorkspaceViewModel viewModel;

    @BeforeEach
    void openACopy() {
        workspace = SAMPLE.workspace();
        viewModel = workspace.viewModel;
    }

    @Test
    void showsEveryItemOfTheSampleInTheLettersOrderWithNothingSelected() {
        assertThat(workspace.shownPaths()).isEqualTo(ALL);
        assertThat(viewModel.selected().get()).isEmpty();
        assertThat(viewModel.detail().present().get()).isFalse();
        assertThat(viewModel.themes()).hasSize(9);
        assertThat(viewModel.responseTypes()).hasSize(10);
    }

    @Test
    void treeGroupsTheLetterUnderItsBodyAndMeetingWithTheSamplesCounts() {
        LetterNode all = viewModel.tree().get();
        assertThat(all.scope()).isEqualTo(Scope.ALL);
        assertThat(all.label()).isEqualTo("All letters");
        LetterNode body = all.children().get(0);
        LetterNode meeting = body.children().get(0);
        LetterNode letter = meeting.children().get(0);

        assertThat(all.children()).hasSize(1);
        assertThat(body.label()).isEqualTo("Northvale and Kestrel NHS Foundation Trust – Board");
        assertThat(body.scope().kind()).isEqualTo(Scope.Kind.BODY);
        assertThat(body.children()).hasSize(1);
        assertThat(meeting.label()).isEqualTo("Trust Board, 17 September 2026");
        assertThat(meeting.scope().kind()).isEqualTo(Scope.Kind.MEETING);
        assertThat(letter.label()).isEqualTo("Reply to the Forum's questions at the Trust Board, 17 September 2026");
        assertThat(letter.scope()).isEqualTo(new Scope(Scope.Kind.LETTER, workspace.item("1").letterId()));
        assertThat(letter.children()).isEmpty();
        // Items 6 and 7 are disputed; the commitments of 1, 4 and 9 are open (3/b's is broken, 8's kept).
        assertThat(List.of(all, body, meeting, letter)).allSatisfy(node -> {
            assertThat(node.items()).isEqualTo(11);
            assertThat(node.disputed()).isEqualTo(2);
            assertThat(node.openCommitments()).isEqualTo(3);
        });
    }

    @Test
    void treeCountsFollowAnEdit() {
        workspace.select("2");

        viewModel.setStance(Stance.DISPUTE);

        assertThat(viewModel.tree().get().disputed()).isEqualTo(3);
        workspace.app.edits.undo();
        assertThat(viewModel.tree().get().disputed()).isEqualTo(2);
    }

    @Test
    void everyPlaceInTheTreeShowsTheItemsItHolds() {
        for (LetterNode node : nodes(viewModel.tree().get(), new ArrayList<>())) {
            viewModel.filter().set(ItemFilter.NONE.withScope(node.scope()));

            assertThat(workspace.shownPaths()).as(node.label()).isEqualTo(ALL);
        }
        viewModel.filter().set(ItemFilter.NONE.withScope(new Scope(Scope.Kind.LETTER, 999)));
        assertThat(workspace.shownPaths()).isEmpty();
        viewModel.filter().set(ItemFilter.NONE.withScope(new Scope(Scope.Kind.MEETING, 999)));
        assertThat(workspace.shownPaths()).isEmpty();
    }

    private static List<LetterNode> nodes(LetterNode node, List<LetterNode> into) {
        into.add(node);
        node.children().forEach(child -> nodes(child, into));
        return into;
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("text in a concern", f(x -> x.withText("vouchers")), List.of("1")),
                Arguments.of("text in any case", f(x -> x.withText("  VOUCHERS ")), List.of("1")),
                Arguments.of("text in a response", f(x -> x.withText("recurrent funding")), List.of("2")),
                Arguments.of("text in a rationale", f(x -> x.withText("is not an apology")), List.of("6")),
                Arguments.of("text naming a theme", f(x -> x.withText("peer roles")), List.of("3/b", "4")),
                Arguments.of("an item's number", f(x -> x.withText("3/A")), List.of("3/a")),
                Arguments.of("text nowhere", f(x -> x.withText("zebra crossing")), List.of()),
                Arguments.of("a theme", f(x -> x.withTheme(Optional.of("wellbeing-harm"))), List.of("5", "6")),
                Arguments.of("a stance", f(x -> x.withStance(Optional.of(Stance.DISPUTE))), List.of("6", "7")),
                Arguments.of("undecided", f(x -> x.withStance(Optional.of(Stance.UNDECIDED))),
                        List.of("2", "3", "3/b", "5", "8")),
                Arguments.of("a response type", f(x -> x.withResponseType(Optional.of("commitment"))),
                        List.of("1", "3/b", "4", "8")),
                Arguments.of("with commitments only", f(x -> x.withCommitmentsOnly(true)),
                        List.of("1", "3/b", "4", "8", "9")),
                Arguments.of("response type and stance",
                        f(x -> x.withResponseType(Optional.of("commitment")).withStance(Optional.of(Stance.AGREE))),
                        List.of("4")),
                Arguments.of("theme and commitments",
                        f(x -> x.withTheme(Optional.of("exclusion-from-decisions")).withCommitmentsOnly(true)),
                        List.of("3/b", "8")),
                Arguments.of("text and stance",
                        f(x -> x.withText("director").withStance(Optional.of(Stance.UNDECIDED))), List.of("3/b", "8")),
                Arguments.of("everything at once", f(x -> x.withText("forum").withTheme(Optional.of("peer-roles"))
                        .withStance(Optional.of(Stance.AGREE)).withResponseType(Optional.of("commitment"))
                        .withCommitmentsOnly(true)), List.of("4")));
    }

    private static Function<ItemFilter, ItemFilter> f(Function<ItemFilter, ItemFilter> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterBarNarrowsTheTable(String what, Function<ItemFilter, ItemFilter> change, List<String> expected) {
        viewModel.filter().set(change.apply(ItemFilter.NONE));

        assertThat(workspace.shownPaths()).isEqualTo(expected);
    }

    @Test
    void filterBarAndTreeNarrowTogether() {
        Scope elsewhere = new Scope(Scope.Kind.LETTER, 999);
        Scope letter = new Scope(Scope.Kind.LETTER, workspace.item("1").letterId());

        viewModel.filter().set(ItemFilter.NONE.withScope(letter).withStance(Optional.of(Stance.DISPUTE)));
        assertThat(workspace.shownPaths()).containsExactly("6", "7");

        viewModel.filter().set(viewModel.filter().get().withScope(elsewhere));
        assertThat(workspace.shownPaths()).isEmpty();
    }

    @Test
    void clearingTheFiltersKeepsThePlaceInTheTree() {
        Scope elsewhere = new Scope(Scope.Kind.LETTER, 999);
        viewModel.filter().set(ItemFilter.NONE.withScope(elsewhere).withText("forum").withCommitmentsOnly(true)
                .withStance(Optional.of(Stance.AGREE)));

        viewModel.clearFilters();

        assertThat(viewModel.filter().get()).isEqualTo(ItemFilter.NONE.withScope(elsewhere));
        assertThat(workspace.shownPaths()).isEmpty();
        viewModel.filter().set(viewModel.filter().get().withScope(Scope.ALL));
        assertThat(workspace.shownPaths()).isEqualTo(ALL);
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of(f(x -> x), "11 of 11 items"),
                Arguments.of(f(x -> x.withStance(Optional.of(Stance.DISPUTE))), "2 of 11 items"),
                Arguments.of(f(x -> x.withText("vouchers")), "1 of 11 items"),
                Arguments.of(f(x -> x.withText("zebra")), "0 of 11 items"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("counts")
    void countLabelSaysHowManyOfHowManyAreShown(Function<ItemFilter, ItemFilter> change, String expected) {
        viewModel.filter().set(change.apply(ItemFilter.NONE));

        assertThat(viewModel.countLabel().get()).isEqualTo(expected);
    }

    @Test
    void withNoCaseOpenTheWorkspaceIsEmpty() {
        workspace.app.session.closeCase();

        assertThat(viewModel.shownRows()).isEmpty();
        assertThat(viewModel.countLabel().get()).isEqualTo("0 of 0 items");
        assertThat(viewModel.tree().get().items()).isZero();
        assertThat(viewModel.tree().get().children()).isEmpty();
    }

    @Test
    void aFilterThatHidesTheSelectedItemMovesTheSelectionToTheFirstShown() {
        workspace.select("2");

        viewModel.filter().set(ItemFilter.NONE.withStance(Optional.of(Stance.DISPUTE)));

        assertThat(workspace.selectedPath()).contains("6");
        assertThat(viewModel.detail().row().get()).hasValueSatisfying(row -> assertThat(row.path()).isEqualTo("6"));
    }

    @Test
    void aFilterThatKeepsTheSelectedItemKeepsTheSelection() {
        workspace.select("7");

        viewModel.filter().set(ItemFilter.NONE.withStance(Optional.of(Stance.DISPUTE)));

        assertThat(workspace.selectedPath()).contains("7");
    }

    @Test
    void aFilterThatHidesEverythingClearsTheSelection() {
        workspace.select("7");

        viewModel.filter().set(ItemFilter.NONE.withText("zebra crossing"));

        assertThat(viewModel.selected().get()).isEmpty();
        assertThat(viewModel.detail().present().get()).isFalse();
    }

    @Test
    void nextAndPreviousWalkTheShownItemsAndStopAtTheEnds() {
        viewModel.filter().set(ItemFilter.NONE.withCommitmentsOnly(true));
        List<String> walked = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            viewModel.next();
            walked.add(workspace.selectedPath().orElseThrow());
        }
        for (int i = 0; i < 6; i++) {
            viewModel.previous();
            walked.add(workspace.selectedPath().orElseThrow());
        }

        assertThat(walked).containsExactly("1", "3/b", "4", "8", "9", "9", "8", "4", "3/b", "1", "1", "1");
    }

    @Test
    void previousWithNothingSelectedStartsFromTheLastItem() {
        viewModel.previous();

        assertThat(workspace.selectedPath()).contains("9");
    }

    @Test
    void nextWithNothingShownSelectsNothing() {
        viewModel.filter().set(ItemFilter.NONE.withText("zebra crossing"));

        viewModel.next();
        viewModel.previous();

        assertThat(viewModel.selected().get()).isEmpty();
    }

    @Test
    void selectingAnUnknownItemSelectsNothing() {
        workspace.select("4");

        viewModel.select(Optional.of(999L));

        assertThat(viewModel.selected().get()).isEmpty();
        assertThat(viewModel.detail().row().get()).isEmpty();
    }

    @Test
    void anItemAskedForElsewhereIsShownEvenWhenTheFiltersHidIt() {
        List<WorkspaceViewModel.Focus> focus = new ArrayList<>();
        viewModel.onFocusRequest(focus::add);
        viewModel.filter().set(ItemFilter.NONE.withStance(Optional.of(Stance.DISPUTE)).withText("apology"));
        workspace.app.navigation.show(Navigation.Screen.COMMITMENTS);

        workspace.app.navigation.showItem(workspace.id("2"));

        assertThat(workspace.app.navigation.screen()).isEqualTo(Navigation.Screen.ITEMS);
        assertThat(workspace.shownPaths()).contains("2");
        assertThat(workspace.selectedPath()).contains("2");
        assertThat(viewModel.detail().row().get()).hasValueSatisfying(row -> assertThat(row.path()).isEqualTo("2"));
        assertThat(focus).containsExactly(WorkspaceViewModel.Focus.TABLE);
    }

    @Test
    void anItemAskedForThatIsShownLeavesTheFiltersAlone() {
        ItemFilter disputed = ItemFilter.NONE.withStance(Optional.of(Stance.DISPUTE));
        viewModel.filter().set(disputed);

        workspace.app.navigation.showItem(workspace.id("7"));

        assertThat(viewModel.filter().get()).isEqualTo(disputed);
        assertThat(workspace.selectedPath()).contains("7");
    }

    @Test
    void anUnknownItemAskedForChangesNothing() {
        ItemFilter disputed = ItemFilter.NONE.withStance(Optional.of(Stance.DISPUTE));
        viewModel.filter().set(disputed);
        workspace.select("6");

        workspace.app.navigation.showItem(999);

        assertThat(viewModel.filter().get()).isEqualTo(disputed);
        assertThat(workspace.selectedPath()).contains("6");
    }

    @Test
    void theSelectionStaysOnTheItemAcrossAnEditAndItsUndo() {
        workspace.select("4");

        viewModel.setStance(Stance.DISPUTE);

        assertThat(workspace.selectedPath()).contains("4");
        assertThat(viewModel.detail().row().get().orElseThrow().stance()).isEqualTo(Stance.DISPUTE);
        assertThat(viewModel.shownRows().stream().filter(r -> r.path().equals("4")).findFirst().orElseThrow().stance())
                .isEqualTo(Stance.DISPUTE);

        workspace.app.edits.undo();

        assertThat(workspace.selectedPath()).contains("4");
        assertThat(viewModel.detail().row().get().orElseThrow().stance()).isEqualTo(Stance.AGREE);
    }

    @Test
    void stanceKeysWithNothingSelectedChangeNothing() {
        viewModel.setStance(Stance.DISPUTE);

        assertThat(workspace.app.edits.stack().canUndoProperty().get()).isFalse();
        assertThat(workspace.stored().items()).filteredOn(i -> i.stance() == Stance.DISPUTE).hasSize(2);
    }
}
