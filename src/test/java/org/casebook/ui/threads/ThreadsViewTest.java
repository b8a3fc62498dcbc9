package org.casebook.ui.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.casebook.testsupport.MainWindowExtension;
import org.casebook.ui.common.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The threads screen in the whole window, headless, on the sample case and its made-up second reply. */
class ThreadsViewTest {

    @TempDir
    static Path shared;

    private static ThreadsCase letters;

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("threads")
            .opening(test -> letters.copy(test.home()));

    @BeforeAll
    static void makeTheCaseOnce() {
        letters = new ThreadsCase(shared);
    }

    @Test
    void confirmsASuggestionComparesItsLettersAndOpensAnItemFromTheMatrix(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#threadsScreenButton"));
        robot.clickOn("#threadsScreenButton");
        waitUntil(() -> shown(robot, "#linkSuggestionList") && !suggestions(robot).getItems().isEmpty());
        // The funding pair is not the best match: bring its row into view, as a member would scroll to it.
        robot.interact(() -> suggestions(robot).scrollTo(suggestions(robot).getItems().stream()
                .filter(r -> r.link().itemA() == letters.first("2") || r.link().itemB() == letters.first("2"))
                .findFirst().orElseThrow()));
        waitUntil(() -> suggestionCell(robot).isPresent());

        // The score sits at the top of the row; a tall row's middle may lie below the list's edge.
        robot.clickOn(suggestionCell(robot).orElseThrow().lookup(".cb-suggestion-score"));
        assertThat(suggestions(robot).getSelectionModel().getSelectedItem()).isNotNull();
        robot.clickOn("#confirmLinkButton");
        waitUntil(() -> markers(robot).size() == 2);

        assertThat(markers(robot)).extracting(Label::getText).containsExactly("New", "Reversed");
        assertThat(markers(robot).get(1).getStyleClass()).contains(Styles.THREAD_MARKER, "cb-marker-reversed");
        assertThat(robot.lookup("#threadList").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#compareColumns ." + Styles.DIFF_ADDED).queryAll()).isNotEmpty();

        robot.clickOn(robot.lookup("#threadTabs .tab").nth(1).queryAs(Node.class));
        waitUntil(() -> shown(robot, "#matrixGrid"));
        Node cell = robot.lookup("#matrixGrid ." + Styles.MATRIX_ENTRY)
                .match((Node n) -> Long.valueOf(letters.second("2")).equals(n.getUserData())).query();
        assertThat(cell.getAccessibleText()).contains("Commitment", "Reversed");
        // Keyboard first, and independent of where the cell is scrolled: focus the entry and press Enter.
        robot.interact(cell::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> shown(robot, "#workspaceRoot"));
        assertThat(shown(robot, "#threadsRoot")).isFalse();
        assertThat(app.window().workspace().selected().get()).contains(letters.second("2"));
    }

    private Optional<Node> suggestionCell(FxRobot robot) {
        long funding = letters.first("2");
        return robot.lookup("#linkSuggestionList .list-cell").match((ListCell<?> c) -> c.getItem() instanceof SuggestionRow r
                && (r.link().itemA() == funding || r.link().itemB() == funding)).tryQuery();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SuggestionRow> suggestions(FxRobot robot) {
        return robot.lookup("#linkSuggestionList").queryAs(ListView.class);
    }

    private static List<Label> markers(FxRobot robot) {
        return robot.lookup("#compareColumns ." + Styles.THREAD_MARKER).queryAllAs(Label.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX())).toList();
    }
}
