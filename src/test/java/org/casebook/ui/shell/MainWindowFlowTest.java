package org.casebook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casebook.app.Services;
import org.casebook.service.AppDirectories;
import org.casebook.service.UserSettings;
import org.casebook.ui.common.FakeDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.showing;
import static org.casebook.ui.FxQueries.waitUntil;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The whole window, headless: real case files in a temporary app folder, real background work, fake dialogs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {

    private final FakeDialogService dialogs = new FakeDialogService();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private Services services;
    private Path documents;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        Path home = Files.createTempDirectory(base, "gui");
        documents = Files.createDirectories(home.resolve("Documents"));
        services = new Services(new AppDirectories(home.resolve("casebook")), Clock.systemUTC());
        window = MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), dialogs, tasks, Messages.load(), ZoneId.of("Europe/London")));
    }

    @Stop
    void stop() {
        window.session().shutdown();
        tasks.close();
    }

    @Test
    void createsACaseClosesItAndReopensItFromTheRecentList(FxRobot robot) throws Exception {
        Path root = documents.resolve("Ward 7.casebook");
        assertThat(shown(robot, "#newCaseButton")).isTrue();
        assertThat(shown(robot, "#emptyState")).isFalse();

        dialogs.answerSave(documents.resolve("Ward 7"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(root.resolve("case.mv.db")).isRegularFile();
        assertThat(text(robot, "#emptyTitle")).isEqualTo("This case has no letters yet");
        assertThat(text(robot, "#statusLabel")).isEqualTo("All changes saved");
        assertThat(text(robot, "#casePathLabel")).isEqualTo(root.toString());
        assertThat(window.stage().getTitle()).isEqualTo("Ward 7 — Casebook");
        assertThat(shown(robot, "#newCaseButton")).isFalse();

        robot.clickOn(showing(robot, "#fileMenu")).clickOn(showing(robot, "#closeCaseItem"));
        waitUntil(() -> shown(robot, "#recentList"));

        assertThat(window.session().currentCase()).isEmpty();
        assertThat(shown(robot, "#statusBar")).isFalse();
        ListView<?> recent = robot.lookup("#recentList").queryListView();
        assertThat(recent.getItems()).hasSize(1);

        robot.doubleClickOn(robot.lookup("#recentList .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(window.session().currentCase()).hasValueSatisfying(open -> assertThat(open.root()).isEqualTo(root));
        assertThat(text(robot, "#casePathLabel")).isEqualTo(root.toString());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void enterOnARecentCaseOpensIt(FxRobot robot) throws Exception {
        dialogs.answerSave(documents.resolve("Complaints"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> shown(robot, "#emptyState"));
        robot.interact(() -> window.session().closeCase());
        waitUntil(() -> shown(robot, "#recentList"));

        robot.clickOn(robot.lookup("#recentList .list-cell").nth(0).queryAs(Node.class)).type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#emptyState"));

        assertThat(window.stage().getTitle()).isEqualTo("Complaints — Casebook");
    }

    @Test
    void aFolderThatIsNotACaseIsExplainedAndTheWelcomeScreenStays(FxRobot robot) throws Exception {
        Path photos = Files.createDirectories(documents.resolve("Photos"));
        dialogs.answerFolder(photos);

        robot.clickOn("#openCaseButton");
        waitUntil(() -> !dialogs.errors().isEmpty());

        assertThat(dialogs.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("is not a Casebook case"));
        waitUntil(() -> robot.lookup("#openCaseButton").queryButton().isDisabled() == false);
        assertThat(shown(robot, "#newCaseButton")).isTrue();
        assertThat(window.session().currentCase()).isEmpty();
    }

    @Test
    void theTextSizeMenuScalesTheWholeWindowAndIsRemembered(FxRobot robot) {
        // Submenus rebuild their content while opening, which makes clicking into them flaky headless; the menu
        // item is fired as a click would, and the rest of the path (handler, view model, scene) is the real one.
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        robot.interact(() -> menuItem(menuBar, "font150Item").fire());

        assertThat(window.stage().getScene().getRoot().getStyle()).contains("21.0px");
        assertThat(services.settings().fontScale().percent()).isEqualTo(150);
    }

    @Test
    void aWindowTheMemberMovedComesBackThereNextTime(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = window.stage();
            stage.setX(50);
            stage.setY(60);
            stage.setWidth(900);
            stage.setHeight(600);
            stage.hide();
        });

        assertThat(services.settings().windowPlacement())
                .contains(new UserSettings.WindowPlacement(50, 60, 900, 600, false));
        assertThat(services.settings().file()).isRegularFile();
    }

    @Test
    void closingAnUntouchedWindowWritesNoSettings(FxRobot robot) {
        robot.interact(() -> window.stage().hide());

        assertThat(services.settings().windowPlacement()).isEmpty();
        assertThat(services.settings().file()).doesNotExist();
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
