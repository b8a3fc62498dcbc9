package org.casebook.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseHandle;
import org.casebook.ui.common.ControllerFactory;
import org.casebook.ui.common.Styles;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.common.ViewLoader;
import org.casebook.ui.preferences.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The codebook screen headless, over a real case with the default codebook. */
@ExtendWith(ApplicationExtension.class)
class CodebookViewTest {

    private TestCases app;
    private CaseHandle database;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        Path home = Files.createTempDirectory(base, "codebook");
        app = new TestCases(home.resolve("casebook"));
        app.dialogs.answerSave(home.resolve("Ward 7"));
        app.session.newCase();
        database = app.session.currentCase().orElseThrow().handle();
        CodebookViewModel viewModel = new CodebookViewModel(app.edits, app.services.codebookService(), app.dialogs,
                app.messages);
        Parent root = new ViewLoader(app.messages, new ControllerFactory(
                Map.of(CodebookView.class, () -> new CodebookView(viewModel)))).load(CodebookView.class, "Codebook.fxml");
        Scene scene = new Scene(root, 960, 640);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(Styles.STYLESHEET)).toExternalForm());
        new Appearance(app.services.settings()).applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        app.session.shutdown();
    }

    @Test
    void renamingAThemeInTheFormShowsTheNewNameInTheTree(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#themeNameField").queryAs(TextField.class);
        assertThat(name.isDisabled()).isTrue();

        robot.clickOn(themeNamed(robot, "Pay disparity"));
        waitUntil(() -> name.getText().equals("Pay disparity") && !name.isDisabled());
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("Pay gap").type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("." + Styles.CODE_NAME).queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Pay gap")));
        assertThat(robot.lookup("." + Styles.CODE_NAME).queryAllAs(Label.class))
                .noneMatch(label -> label.getText().equals("Pay disparity"));
        assertThat(app.services.codebookService().state(database).codebook().theme("pay-disparity").orElseThrow().name())
                .isEqualTo("Pay gap");
        assertThat(app.edits.stack().undoDescriptionProperty().get()).isEqualTo("rename \"Pay disparity\" to \"Pay gap\"");
    }

    @Test
    void insertInTheTreeAddsAThemeReadyToBeNamed(FxRobot robot) throws Exception {
        robot.clickOn(themeNamed(robot, "Accountability"));
        robot.type(KeyCode.INSERT);

        TextField name = robot.lookup("#themeNameField").queryAs(TextField.class);
        waitUntil(() -> name.isFocused() && name.getText().equals("New theme") && name.getSelectedText().equals("New theme"));
        robot.write("Bullying").type(KeyCode.TAB);

        waitUntil(() -> app.services.codebookService().state(database).codebook().theme("new-theme")
                .map(t -> t.name().equals("Bullying")).orElse(false));
        assertThat(robot.lookup("." + Styles.CODE_NAME).queryAllAs(Label.class))
                .anyMatch(label -> label.getText().equals("Bullying"));
    }

    @Test
    void aParentPickedWithTheArrowKeysIsStoredWhenTheMemberMovesToAnotherTheme(FxRobot robot) throws Exception {
        ComboBox<ThemeEditor.ParentChoice> parent = robot.lookup("#themeParentField").queryAs(ComboBox.class);
        robot.clickOn(themeNamed(robot, "Career pathway"));
        waitUntil(() -> !parent.isDisabled());
        robot.clickOn(parent).type(KeyCode.ESCAPE);
        // Arrow keys on a closed combo box change its value without opening or closing anything.
        robot.interact(() -> parent.getSelectionModel().select(parent.getItems().stream()
                .filter(c -> c.label().equals("Pay disparity")).findFirst().orElseThrow()));

        robot.clickOn(themeNamed(robot, "Undermining"));

        waitUntil(() -> app.services.codebookService().state(database).codebook().theme("career-pathway")
                .flatMap(t -> t.parentId()).isPresent());
        TreeView<ThemeEditor.ThemeNode> tree = robot.lookup("#themeTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().theme().id().equals("undermining"));
        TextField name = robot.lookup("#themeNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Undermining");
        assertThat(tree.getRoot().getChildren()).filteredOn(i -> i.getValue().theme().id().equals("pay-disparity"))
                .singleElement().satisfies(pay -> assertThat(pay.getChildren()).extracting(i -> i.getValue().theme().id())
                        .containsExactly("career-pathway"));
        assertThat(app.dialogs.errors()).isEmpty();
    }

    @Test
    void thePhrasesFieldShowsTheStoredPhrasesOfTheSelectedTheme(FxRobot robot) throws Exception {
        TextArea phrases = robot.lookup("#themePhrasesField").queryAs(TextArea.class);
        assertThat(phrases.isDisabled()).isTrue();

        robot.clickOn(themeNamed(robot, "Pay disparity"));

        String stored = String.join("\n",
                app.services.codebookService().state(database).phrases().ofTheme("pay-disparity"));
        waitUntil(() -> !phrases.isDisabled() && phrases.getText().equals(stored));
        assertThat(stored).contains("paid … a day");
        assertThat(phrases.getAccessibleText()).isEqualTo("Phrases that suggest this theme");
        assertThat(phrases.getAccessibleHelp()).startsWith("One phrase per line.");
    }

    private static Node themeNamed(FxRobot robot, String name) {
        return robot.lookup("#themeTree ." + Styles.CODE_NAME).match((Label label) -> label.getText().equals(name))
                .query();
    }
}
