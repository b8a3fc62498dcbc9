package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.TextSpan;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.junit.jupiter.api.Test;

class SplitEditorTest {

    private static final String TEXT = """
            Dear Board

            Thank you for your questions.

            1. Concern one.

            Response one.

            2. Concern two?

            Response two.

            a) Concern two-a?

            Response two-a.

            b) Concern two-b?

            Response two-b.

            3. Concern three. More three.

            Yours sincerely""";

    private final SplitResult split = new SplitResult(TEXT, "Dear Board\n\nThank you for your questions.", List.of(
            item("1", Optional.empty(), "Concern one.", Optional.of("Response one.")),
            item("2", Optional.empty(), "Concern two?", Optional.of("Response two.")),
            item("a", Optional.of("2"), "Concern two-a?", Optional.of("Response two-a.")),
            item("b", Optional.of("2"), "Concern two-b?", Optional.of("Response two-b.")),
            item("3", Optional.empty(), "Concern three. More three.", Optional.empty())),
            "Yours sincerely", 0.9, List.of("a warning"));

    private final SplitEditor editor = new SplitEditor(split);

    @Test
    void movesTheResponseBoundaryToTheGivenPlace() {
        SplitResult edited = editor.responseStartsAt("3", at("More three."));

        SplitItem three = item(edited, "3");
        assertThat(three.concern()).isEqualTo("Concern three.");
        assertThat(three.response()).contains("More three.");
        assertThat(three.responseSpan()).contains(new TextSpan(at("More three."), at("More three.") + "More three.".length()));
        assertConsistent(edited);
        assertThat(edited.warnings()).containsExactly("a warning");
        assertThat(edited.intro()).isEqualTo(split.intro());
    }

    @Test
    void refusesAResponseBoundaryOutsideTheItemOrAtItsStart() {
        assertThatThrownBy(() -> editor.responseStartsAt("1", at("Concern two?")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside the text of item 1");
        assertThatThrownBy(() -> editor.responseStartsAt("1", at("Concern one.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 1");
    }

    @Test
    void noResponseFoldsTheResponseBackIntoTheConcern() {
        SplitResult edited = editor.markNoResponse("1");

        SplitItem one = item(edited, "1");
        assertThat(one.concern()).isEqualTo("Concern one.\n\nResponse one.");
        assertThat(one.response()).isEmpty();
        assertThat(one.responseSpan()).isEmpty();
        assertConsistent(edited);
        assertThatThrownBy(() -> editor.markNoResponse("3")).hasMessage("Item 3 already has no response.");
    }

    @Test
    void mergingWithTheNextSiblingTakesItsTextIntoTheResponseAndItsSubItems() {
        SplitResult edited = editor.mergeWithNext("1");

        assertThat(paths(edited)).containsExactly("1", "1/a", "1/b", "3");
        SplitItem one = item(edited, "1");
        assertThat(one.concern()).isEqualTo("Concern one.");
        assertThat(one.response()).contains("Response one.\n\n2. Concern two?\n\nResponse two.");
        assertThat(item(edited, "1/a").parentPath()).contains("1");
        assertThat(item(edited, "1/b").concern()).isEqualTo("Concern two-b?");
        assertConsistent(edited);
    }

    @Test
    void mergingAParentWithItsFirstSubItemKeepsTheOtherSubItems() {
        SplitResult edited = editor.mergeWithNext("2");

        assertThat(paths(edited)).containsExactly("1", "2", "2/b", "3");
        assertThat(item(edited, "2").response()).contains("Response two.\n\na) Concern two-a?\n\nResponse two-a.");
        assertConsistent(edited);
    }

    @Test
    void mergingAnItemWithoutResponseRunsTheConcernOnToTheNextResponse() {
        SplitResult edited = new SplitEditor(editor.markNoResponse("2/a")).mergeWithNext("2/a");

        SplitItem twoA = item(edited, "2/a");
        assertThat(twoA.concern()).isEqualTo("Concern two-a?\n\nResponse two-a.\n\nb) Concern two-b?");
        assertThat(twoA.response()).contains("Response two-b.");
        assertThat(paths(edited)).containsExactly("1", "2", "2/a", "3");
        assertConsistent(edited);
    }

    @Test
    void theLastItemHasNothingToMergeWith() {
        assertThatThrownBy(() -> editor.mergeWithNext("3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last item");
    }

    @Test
    void splittingGivesTheNewItemTheNextFreeNumber() {
        SplitResult edited = editor.splitAt("3", at("More three."));

        assertThat(paths(edited)).containsExactly("1", "2", "2/a", "2/b", "3", "4");
        assertThat(item(edited, "3").concern()).isEqualTo("Concern three.");
        assertThat(item(edited, "4").concern()).isEqualTo("More three.");
        assertThat(item(edited, "4").parentPath()).isEmpty();
        assertConsistent(edited);
    }

    @Test
    void splittingWhenTheNextLabelIsTakenGivesAQuestionMarkUnderTheSameParent() {
        SplitResult edited = editor.splitAt("2/a", at("two-a?") );

        assertThat(paths(edited)).containsExactly("1", "2", "2/a", "2/?", "2/b", "3");
        assertThat(item(edited, "2/a").concern()).isEqualTo("Concern");
        assertThat(item(edited, "2/a").response()).isEmpty();
        assertThat(item(edited, "2/?").concern()).isEqualTo("two-a?");
        assertThat(item(edited, "2/?").response()).contains("Response two-a.");
        assertThat(item(edited, "2/?").parentPath()).contains("2");
        assertConsistent(edited);
    }

    @Test
    void splittingInsideTheResponseLeavesTheSecondPartAsAConcern() {
        SplitResult edited = editor.splitAt("1", at("one.", at("Response")));

        assertThat(item(edited, "1").concern()).isEqualTo("Concern one.");
        assertThat(item(edited, "1").response()).contains("Response");
        assertThat(item(edited, "?").concern()).isEqualTo("one.");
        assertThat(item(edited, "?").response()).isEmpty();
        assertConsistent(edited);
    }

    @Test
    void refusesToSplitAtTheVeryStartOfAnItem() {
        assertThatThrownBy(() -> editor.splitAt("1", at("Concern one."))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relabellingMovesTheSubItemsPathsAlong() {
        SplitResult edited = editor.relabel("2", " 7 ");

        assertThat(paths(edited)).containsExactly("1", "7", "7/a", "7/b", "3");
        assertThat(item(edited, "7/a").parentPath()).contains("7");
        assertThat(item(edited, "7").label()).isEqualTo("7");
        assertConsistent(edited);
    }

    @Test
    void refusesALabelThatDuplicatesASiblingOrIsNotALabel() {
        assertThatThrownBy(() -> editor.relabel("2/a", "b")).hasMessage("There is already an item 2/b.");
        assertThatThrownBy(() -> editor.relabel("2/a", "x/y")).hasMessageContaining("cannot contain /");
        assertThatThrownBy(() -> editor.relabel("2/a", " ")).hasMessageContaining("needs a label");
    }

    @Test
    void reparentingMovesAnItemUnderAnEarlierItemOrToTheTop() {
        SplitResult under = editor.reparent("3", Optional.of("2"));
        assertThat(paths(under)).containsExactly("1", "2", "2/a", "2/b", "2/3");
        assertThat(item(under, "2/3").parentPath()).contains("2");

        SplitResult top = editor.reparent("2/a", Optional.empty());
        assertThat(paths(top)).containsExactly("1", "2", "a", "2/b", "3");
        assertThat(item(top, "a").parentPath()).isEmpty();
        assertConsistent(under);
        assertConsistent(top);
    }

    @Test
    void refusesCyclesLaterParentsAndClashingPaths() {
        assertThatThrownBy(() -> editor.reparent("2", Optional.of("2/a"))).hasMessageContaining("one of its own sub-items");
        assertThatThrownBy(() -> editor.reparent("2", Optional.of("2"))).hasMessageContaining("its own parent");
        assertThatThrownBy(() -> editor.reparent("1", Optional.of("3"))).hasMessageContaining("comes after it");
        SplitEditor clash = new SplitEditor(editor.relabel("2/a", "1"));
        assertThatThrownBy(() -> clash.reparent("2/1", Optional.empty())).hasMessage("There is already an item 1.");
        assertThatThrownBy(() -> editor.reparent("9", Optional.empty())).hasMessage("There is no item 9.");
    }

    @Test
    void editsLeaveTheOriginalSplitAlone() {
        editor.mergeWithNext("1");
        editor.relabel("2", "9");

        assertThat(paths(split)).containsExactly("1", "2", "2/a", "2/b", "3");
    }

    private static int at(String text) {
        return at(text, 0);
    }

    private static int at(String text, int from) {
        int index = TEXT.indexOf(text, from);
        assertThat(index).as("'%s' in the test letter", text).isNotNegative();
        return index;
    }

    private static SplitItem item(String label, Optional<String> parent, String concern, Optional<String> response) {
        String path = parent.map(p -> p + "/").orElse("") + label;
        int c = at(concern);
        Optional<TextSpan> responseSpan = response.map(r -> new TextSpan(at(r, c), at(r, c) + r.length()));
        return new SplitItem(label, path, parent, concern, response, new TextSpan(c, c + concern.length()), responseSpan);
    }

    private static SplitItem item(SplitResult result, String path) {
        return result.items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }

    private static List<String> paths(SplitResult result) {
        return result.items().stream().map(SplitItem::path).toList();
    }

    /** Spans name their text exactly, parents come before their sub-items, and paths follow labels and parents. */
    private static void assertConsistent(SplitResult result) {
        SplitAssertions.spansPointAtTheirText(result);
        List<String> seen = new ArrayList<>();
        for (SplitItem item : result.items()) {
            item.parentPath().ifPresent(parent -> assertThat(seen).as("parent of %s before it", item.path()).contains(parent));
            assertThat(item.path()).isEqualTo(item.parentPath().map(p -> p + "/").orElse("") + item.label());
            assertThat(item.concern()).isEqualTo(item.concern().strip()).isNotEmpty();
            seen.add(item.path());
        }
    }
}
