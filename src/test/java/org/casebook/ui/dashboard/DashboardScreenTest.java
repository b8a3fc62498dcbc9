package org.casebook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.casebook.app.Services;
import org.casebook.service.AppDirectories;
import org.casebook.ui.common.FakeDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.casebook.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The whole window over the sample case, headless: the dashboard's bars lead to the items they count. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        Path home = Files.createTempDirectory(base, "dashboard");
        Services services = new Services(new AppDirectories(home.resolve("casebook")), Clock.systemUTC());
        Path sample = home.resolve("Sample.casebook");
        services.sampleCaseService().create(sample).close();
        window = MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), new FakeDialogService(), tasks,
                Messages.load(), ZoneId.of("Europe/London")));
        window.session().open(sample);
    }

    @Stop
    void stop() {
        window.session().shutdown();
        tasks.close();
    }

    @Test
    void clickingAThemeBarShowsTheItemsScreenNarrowedToThatThemesItems(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#dashboardScreenButton"));
        robot.clickOn("#dashboardScreenButton");
        waitUntil(() -> shown(robot, "#themesChart"));
        XYChart<?, ?> themes = robot.lookup("#themesChart").queryAs(XYChart.class);
        XYChart.Data<?, ?> wellbeing = themes.getData().stream().flatMap(s -> s.getData().stream())
                .filter(d -> d.getYValue().equals("Wellbeing and harm")).findFirst().orElseThrow();
        assertThat(themes.getAccessibleText()).contains("Wellbeing and harm");

        robot.clickOn(wellbeing.getNode());
        waitUntil(() -> window.workspace().shownRows().size() == 2);

        assertThat(window.workspace().filter().get().themeId()).contains("wellbeing-harm");
        assertThat(window.workspace().shownRows()).extracting(r -> r.path()).containsExactly("5", "6");
        assertThat(shown(robot, "#dashboardRoot")).isFalse();
        assertThat(robot.lookup("#itemsScreenButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theTableFormOpensALineWithEnter(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#dashboardScreenButton"));
        robot.clickOn("#dashboardScreenButton").clickOn("#tableToggle");
        waitUntil(() -> shown(robot, "#countsTable"));
        assertThat(shown(robot, "#themesChart")).isFalse();

        robot.clickOn(robot.lookup("#countsTable .table-row-cell").nth(0).queryAs(Node.class))
                .type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window.workspace().filter().get().themeId().isPresent());

        assertThat(shown(robot, "#dashboardRoot")).isFalse();
        assertThat(window.workspace().shownRows()).isNotEmpty();
    }
}
