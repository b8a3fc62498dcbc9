package org.casebook.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.casebook.domain.search.HitKind;
import org.casebook.testsupport.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The whole window over the sample case, headless: searching by keyboard alone, from the shortcut to the marked item. */
class SearchScreenTest {

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("search").opening(test -> {
        Path sample = test.home().resolve("Sample.casebook");
        test.services().sampleCaseService().create(sample).close();
        return sample;
    });

    @Test
    void theShortcutTypingDownAndEnterOpenTheHitOnTheItemsScreenWithItsWordsMarked(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#itemsScreenButton"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#searchRoot") && robot.lookup("#searchField").queryAs(TextField.class).isFocused());
        waitUntil(() -> !robot.lookup("#searchField").queryAs(TextField.class).isDisabled() && !shown(robot, "#statePane"));

        robot.write("supervising");
        waitUntil(() -> !results(robot).getRoot().getChildren().isEmpty());
        TreeItem<Object> first = results(robot).getRoot().getChildren().get(0);
        assertThat(first.getValue()).isInstanceOf(ResultGroup.class);
        assertThat(first.isExpanded()).isTrue();
        assertThat(robot.lookup(".cb-search-results ." + ResultCells.MARK).queryAll()).isNotEmpty();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> results(robot).isFocused());
        Object selected = results(robot).getSelectionModel().getSelectedItem().getValue();
        assertThat(selected).isInstanceOf(ResultRow.class);
        ResultRow row = (ResultRow) selected;
        Node cell = robot.lookup(".cb-search-hit").match(n -> n.isFocused() || ((javafx.scene.control.TreeCell<?>) n)
                .isSelected()).query();
        assertThat(cell.getAccessibleText()).isEqualTo(row.spoken()).contains(row.heading());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#workspaceRoot"));

        long itemId = row.hit().itemId().orElseThrow();
        assertThat(app.window().workspace().selected().get()).contains(itemId);
        waitUntil(() -> !robot.lookup("#workspaceRoot ." + ResultCells.MARK).queryAll().isEmpty());
        assertThat(row.hit().kind()).isIn(HitKind.ITEM, HitKind.FOI_ANSWER, HitKind.NOTE, HitKind.COMMITMENT);
    }

    @Test
    void typingInTheToolbarFieldShowsTheSearchScreenWithThatText(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#toolbarSearchField"));
        robot.clickOn("#toolbarSearchField");

        robot.write("westmoor");

        waitUntil(() -> shown(robot, "#searchRoot"));
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("westmoor");
        assertThat(shown(robot, "#toolbarSearchField")).isFalse();
        waitUntil(() -> !results(robot).getRoot().getChildren().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Object> results(FxRobot robot) {
        return robot.lookup("#resultTree").queryAs(TreeView.class);
    }
}
