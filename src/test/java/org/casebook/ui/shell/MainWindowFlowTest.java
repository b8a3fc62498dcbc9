package org.casebook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casebook.service.UserSettings;
import org.casebook.testsupport.MainWindowExtension;
import org.junit.jupiter.api.Test;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.showing;
import static org.casebook.ui.FxQueries.waitUntil;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The whole window, headless: real case files in a temporary app folder, real background work, fake dialogs. */
class MainWindowFlowTest {

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("gui");

    @Test
    void createsACaseClosesItAndReopensItFromTheRecentList(FxRobot robot) throws Exception {
        Path root = app.documents().resolve("Ward 7.casebook");
        assertThat(shown(robot, "#newCaseButton")).isTrue();
        assertThat(shown(robot, "#emptyState")).isFalse();

        app.dialogs().answerSave(app.documents().resolve("Ward 7"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(root.resolve("case.mv.db")).isRegularFile();
        assertThat(text(robot, "#emptyTitle")).isEqualTo("This case has no letters yet");
        assertThat(text(robot, "#statusLabel")).isEqualTo("All changes saved");
        assertThat(text(robot, "#casePathLabel")).isEqualTo(root.toString());
        assertThat(app.window().stage().getTitle()).isEqualTo("Ward 7 — Casebook");
        assertThat(shown(robot, "#newCaseButton")).isFalse();

        robot.clickOn(showing(robot, "#fileMenu")).clickOn(showing(robot, "#closeCaseItem"));
        waitUntil(() -> shown(robot, "#recentList"));

        assertThat(app.window().session().currentCase()).isEmpty();
        assertThat(shown(robot, "#statusBar")).isFalse();
        ListView<?> recent = robot.lookup("#recentList").queryListView();
        assertThat(recent.getItems()).hasSize(1);

        robot.doubleClickOn(robot.lookup("#recentList .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(app.window().session().currentCase()).hasValueSatisfying(open -> assertThat(open.root()).isEqualTo(root));
        assertThat(text(robot, "#casePathLabel")).isEqualTo(root.toString());
        assertThat(app.dialogs().errors()).isEmpty();
    }

    @Test
    void enterOnARecentCaseOpensIt(FxRobot robot) throws Exception {
        app.dialogs().answerSave(app.documents().resolve("Complaints"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> shown(robot, "#emptyState"));
        robot.interact(() -> app.window().session().closeCase());
        waitUntil(() -> shown(robot, "#recentList"));

        robot.clickOn(robot.lookup("#recentList .list-cell").nth(0).queryAs(Node.class)).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(app.window().stage().getTitle()).isEqualTo("Complaints — Casebook");
    }

    @Test
    void aFolderThatIsNotACaseIsExplainedAndTheWelcomeScreenStays(FxRobot robot) throws Exception {
        Path photos = Files.createDirectories(app.documents().resolve("Photos"));
        app.dialogs().answerFolder(photos);

        robot.clickOn("#openCaseButton");
        waitUntil(() -> !app.dialogs().errors().isEmpty());

        assertThat(app.dialogs().errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("is not a Casebook case"));
        waitUntil(() -> robot.lookup("#openCaseButton").queryButton().isDisabled() == false);
        assertThat(shown(robot, "#newCaseButton")).isTrue();
        assertThat(app.window().session().currentCase()).isEmpty();
    }

    @Test
    void theTextSizeMenuScalesTheWholeWindowAndIsRemembered(FxRobot robot) {
        // Submenus rebuild their content while opening, which makes clicking into them flaky headless; the menu
        // item is fired as a click would, and the rest of the path (handler, view model, scene) is the real one.
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        robot.interact(() -> menuItem(menuBar, "font150Item").fire());

        assertThat(app.window().stage().getScene().getRoot().getStyle()).contains("21.0px");
        assertThat(app.services().settings().fontScale().percent()).isEqualTo(150);
    }

    @Test
    void aWindowTheMemberMovedComesBackThereNextTime(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = app.window().stage();
            stage.setX(50);
            stage.setY(60);
            stage.setWidth(900);
            stage.setHeight(600);
            stage.hide();
        });

        assertThat(app.services().settings().windowPlacement())
                .contains(new UserSettings.WindowPlacement(50, 60, 900, 600, false));
        assertThat(app.services().settings().file()).isRegularFile();
    }

    @Test
    void closingAnUntouchedWindowWritesNoSettings(FxRobot robot) {
        robot.interact(() -> app.window().stage().hide());

        assertThat(app.services().settings().windowPlacement()).isEmpty();
        assertThat(app.services().settings().file()).doesNotExist();
    }

    private static MenuItem menuItem(MenuBar menuBar, String id) {
        return menuBar.getMenus().stream().flatMap(MainWindowFlowTest::itemsOf)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static Stream<MenuItem> itemsOf(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(menu), menu.getItems().stream().flatMap(MainWindowFlowTest::itemsOf))
                : Stream.of(item);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
