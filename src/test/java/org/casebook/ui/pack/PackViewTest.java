package org.casebook.ui.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.casebook.testsupport.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The pack screen in the whole window, headless, on the sample case (its letter imported from the fixture DOCX). */
class PackViewTest {

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("pack").opening(test -> {
        test.services().sampleCaseService().create(test.home().resolve("Sample")).close();
        return test.home().resolve("Sample.casebook");
    });

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

        Path saved = app.home().resolve("pack.pdf");
        app.dialogs().answerSave(saved);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(saved));
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        waitUntil(() -> robot.lookup("#packStatusLabel").queryAs(Label.class).getText().equals("Saved as pack.pdf."));
        assertThat(app.dialogs().errors()).isEmpty();
    }

    private static List<javafx.scene.Node> pages(FxRobot robot) {
        return robot.lookup("#pageColumn").queryAs(VBox.class).getChildren();
    }

    private static ImageView image(FxRobot robot, int index) {
        return (ImageView) ((javafx.scene.layout.StackPane) pages(robot).get(index)).getChildren().get(0);
    }
}
