package org.casebook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import org.casebook.testsupport.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The whole window over the sample case, headless: the dashboard's bars lead to the items they count. */
class DashboardScreenTest {

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("dashboard").opening(test -> {
        Path sample = test.home().resolve("Sample.casebook");
        test.services().sampleCaseService().create(sample).close();
        return sample;
    });

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
        waitUntil(() -> app.window().workspace().shownRows().size() == 2);

        assertThat(app.window().workspace().filter().get().themeId()).contains("wellbeing-harm");
        assertThat(app.window().workspace().shownRows()).extracting(r -> r.path()).containsExactly("5", "6");
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
        waitUntil(() -> app.window().workspace().filter().get().themeId().isPresent());

        assertThat(shown(robot, "#dashboardRoot")).isFalse();
        assertThat(app.window().workspace().shownRows()).isNotEmpty();
    }
}
