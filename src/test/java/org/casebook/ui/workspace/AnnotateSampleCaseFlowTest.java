package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.casebook.service.SampleCaseService;
import org.casebook.testsupport.MainWindowExtension;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A member's evening on the sample case, through the real window: item 2 disputed with reasons, a theme added, words of
 * the response kept as a commitment, undo and redo, then the case closed and opened again with everything as left,
 * and the JSON export saying the same.
 */
class AnnotateSampleCaseFlowTest {

    private static final String RATIONALE = "The Trust chose not to fund the posts at all; a year of work was better than none.";
    private static final String PROMISE = "We would consider any future offer that came with recurrent funding";

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("walk");

    @Test
    void disputesItemTwoAddsAThemeAndACommitmentAndFindsThemAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#sampleCaseButton");
        waitUntil(() -> shown(robot, "#itemTable"));
        Path root = app.window().session().currentCase().orElseThrow().root();
        assertThat(root.getFileName().toString()).isEqualTo(SampleCaseService.FOLDER_NAME);

        selectItem(robot, "2");
        assertThat(text(robot, "#itemTitle")).isEqualTo("Item 2");
        assertThat(toggle(robot, "#disputeButton").isSelected()).isFalse();

        robot.clickOn("#disputeButton");
        robot.clickOn("#rationaleField").write(RATIONALE);
        // Keyboard first: Ctrl+T jumps to the theme field, and leaving the reasons stores them.
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#themeField").query().isFocused());
        assertThat(stancesOfItemTwoInTable(robot)).isEqualTo("Dispute");
        assertThat(undoLabel(robot)).isEqualTo("Undo: change the reasons for the stance on 2");

        robot.write("Funding refused").type(KeyCode.ENTER);
        waitUntil(() -> chipNames(robot).contains("Funding refused"));
        assertThat(undoLabel(robot)).isEqualTo("Undo: tag 2 with \"Funding refused\"");

        StyleClassedTextArea response = robot.lookup("#responseText").queryAs(StyleClassedTextArea.class);
        int start = response.getText().indexOf(PROMISE);
        assertThat(start).isNotNegative();
        robot.interact(() -> response.selectRange(start, start + PROMISE.length()));
        assertThat(robot.lookup("#commitmentFromTextButton").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> commitmentTexts(robot).contains(PROMISE));
        assertThat(undoLabel(robot)).startsWith("Undo: add the commitment \"We would consider");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !commitmentTexts(robot).contains(PROMISE));
        assertThat(undoLabel(robot)).isEqualTo("Undo: tag 2 with \"Funding refused\"");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> commitmentTexts(robot).contains(PROMISE));
        assertThat(text(robot, "#statusLabel")).isEqualTo("All changes saved");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#recentList"));
        robot.interact(() -> app.window().session().open(root));
        waitUntil(() -> shown(robot, "#itemTable"));

        selectItem(robot, "2");
        assertThat(toggle(robot, "#disputeButton").isSelected()).isTrue();
        assertThat(robot.lookup("#rationaleField").queryAs(TextArea.class).getText()).isEqualTo(RATIONALE);
        assertThat(chipNames(robot)).contains("Funding refused");
        assertThat(commitmentTexts(robot)).contains(PROMISE);
        assertThat(app.dialogs().errors()).isEmpty();

        JsonNode itemTwo = exportedItem(robot, "2");
        assertThat(itemTwo.path("stance").asText()).isEqualTo("dispute");
        assertThat(itemTwo.path("stanceRationale").asText()).isEqualTo(RATIONALE);
        assertThat(itemTwo.path("themes").toString()).contains("funding-refusal");
        assertThat(exported(robot).path("letters").get(0).path("commitments").toString()).contains(PROMISE)
                .contains("\"itemPath\":\"2\"");
    }

    private void selectItem(FxRobot robot, String path) throws Exception {
        TableView<ItemRow> table = robot.lookup("#itemTable").queryTableView();
        int index = table.getItems().stream().map(ItemRow::path).toList().indexOf(path);
        assertThat(index).as("item %s in the table", path).isNotNegative();
        robot.interact(() -> table.scrollTo(index));
        Node row = robot.from(table).lookup(".table-row-cell").match((TableRow<ItemRow> r) -> r.getItem() != null
                && r.getItem().path().equals(path)).query();
        robot.clickOn(row);
        waitUntil(() -> text(robot, "#itemTitle").equals("Item " + path));
    }

    private String stancesOfItemTwoInTable(FxRobot robot) {
        return robot.lookup("#itemTable").queryTableView().getItems().stream().map(ItemRow.class::cast)
                .filter(r -> r.path().equals("2")).findFirst().orElseThrow().stance().name().equals("DISPUTE")
                ? "Dispute" : "not disputed";
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    private String undoLabel(FxRobot robot) {
        MenuItem undo = app.window().stage().getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream()
                        .filter(menu -> "editMenu".equals(menu.getId())).findFirst().orElseThrow()
                        .getItems().get(0)).orElseThrow();
        return undo.getText();
    }

    private static List<String> chipNames(FxRobot robot) {
        return robot.lookup("#themeChips .cb-chip").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<String> commitmentTexts(FxRobot robot) {
        return robot.lookup("#commitmentList .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private JsonNode exported(FxRobot robot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        app.services().exportService().exportJson(app.window().session().currentCase().orElseThrow().handle(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private JsonNode exportedItem(FxRobot robot, String path) throws Exception {
        JsonNode letters = exported(robot).path("letters");
        return StreamSupport.stream(letters.spliterator(), false)
                .flatMap(letter -> StreamSupport.stream(letter.path("items").spliterator(), false))
                .filter(item -> item.path("path").asText().equals(path)).findFirst().orElseThrow();
    }
}
