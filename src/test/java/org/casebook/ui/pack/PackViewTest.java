package org.casebook.ui.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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

/** The pack screen in the whole window, headless, on the sample case (its letter imported from the fixture DOCX). */
@ExtendWith(ApplicationExtension.class)
class PackViewTest {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindow window;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        home = Files.createTempDirectory(base, "pack");
        Services services = new Services(new AppDirectories(home.resolve("casebook")), Clock.systemUTC());
        services.sampleCaseService().create(home.resolve("Sample")).close();
        window = MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), dialogs, tasks,
                Messages.load(), ZoneId.of("Europe/London")));
        window.session().open(home.resolve("Sample.casebook"));
    }

    @Stop
    void stop() {
        window.session().shutdown();
        tasks.close();
    }

    @Test
    void makesAPackFromTheKeyboardShowsItsPagesAndSavesIt(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#packScreenButton"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#packRoot"));
        assertThat(shown(robot, "#packEmptyLabel")).isTrue();
        assertThat(robot.lookup("#packSaveButton").queryButton().isDisabled()).isTrue();

        // The title sits lower in the form than a small window shows; focus it as Tab would.
        javafx.scene.control.TextField title = robot.lookup("#packTitleField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            title.requestFocus();
            title.selectAll();
        });
        robot.write("Board briefing");
        assertThat(title.getText()).isEqualTo("Board briefing");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#pageScroll") && !pages(robot).isEmpty());

        int count = pages(robot).size();
        assertThat(count).isGreaterThan(1);
        assertThat(robot.lookup("#packPageLabel").queryAs(Label.class).getText()).isEqualTo("Page 1 of " + count);
        // The first page is drawn in the background; pages far below are not drawn at all.
        waitUntil(() -> image(robot, 0).getImage() != null);
        assertThat(image(robot, 0).getImage().getWidth()).isGreaterThan(200);
        assertThat(pages(robot).get(0).getAccessibleText()).isEqualTo("Page 1");
        assertThat(shown(robot, "#packEmptyLabel")).isFalse();

        Path saved = home.resolve("pack.pdf");
        dialogs.answerSave(saved);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(saved));
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        waitUntil(() -> robot.lookup("#packStatusLabel").queryAs(Label.class).getText().equals("Saved as pack.pdf."));
        assertThat(dialogs.errors()).isEmpty();
    }

    private static List<javafx.scene.Node> pages(FxRobot robot) {
        return robot.lookup("#pageColumn").queryAs(VBox.class).getChildren();
    }

    private static ImageView image(FxRobot robot, int index) {
        return (ImageView) ((javafx.scene.layout.StackPane) pages(robot).get(index)).getChildren().get(0);
    }
}
