package org.casebook.ui.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.casebook.domain.Item;
import org.casebook.importing.Fixtures;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.MainWindowExtension;
import org.casebook.ui.common.FakeDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.casebook.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import static org.casebook.ui.FxQueries.showing;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.showing;
import static org.casebook.ui.FxQueries.shown;
import static org.casebook.ui.FxQueries.waitUntil;

/**
 * Importing through the whole window, headless: File ▸ Import letter…, the review, saving, and the case read back
 * from disk. Real case files and background work; only the dialogs are fake.
 */
class ImportLetterFlowTest {

    @RegisterExtension
    final MainWindowExtension app = MainWindowExtension.named("import");

    @Test
    void importsReviewsAndStoresALetterThenRefusesItAgainAndExplainsABadFile(FxRobot robot) throws Exception {
        app.dialogs().answerSave(app.documents().resolve("Ward 7"));
        robot.clickOn("#newCaseButton");
        waitUntil(() -> shown(robot, "#emptyState"));
        assertThat(menuItemDisabled(robot, "#importLetterItem")).isFalse();
        Path copy = Files.copy(Fixtures.trustBoardReply("letter.txt"),
                Files.createDirectories(app.documents().resolve("Post")).resolve("letter.txt"));

        app.dialogs().answerOpen(copy);
        robot.clickOn(showing(robot, "#fileMenu")).clickOn(showing(robot, "#importLetterItem"));
        waitUntil(() -> shown(robot, "#itemList"));

        ListView<?> items = robot.lookup("#itemList").queryListView();
        assertThat(items.getItems()).hasSize(14);
        assertThat(app.dialogs().progressShown()).containsExactly("Reading letter.txt");
        assertThat(menuItemDisabled(robot, "#importLetterItem")).isTrue();

        robot.clickOn(robot.lookup("#itemList .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#mergeButton");
        assertThat(items.getItems()).hasSize(13);
        assertThat(robot.lookup("#undoButton").queryButton().getText()).isEqualTo("Undo: merge 1/a and 1/b");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getItems()).hasSize(14);
        assertThat(robot.lookup("#redoButton").queryButton().getText()).isEqualTo("Redo: merge 1/a and 1/b");

        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).as("a meeting but no body yet").isTrue();
        robot.clickOn("#bodyField").write("BSMHFT");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        waitUntil(() -> shown(robot, "#caseSummaryLabel") && !shown(robot, "#itemList"));

        assertThat(robot.lookup("#caseSummaryLabel").queryAs(Label.class).getText())
                .isEqualTo("1 letter · 14 concerns with their responses");
        assertThat(shown(robot, "#emptyState")).isFalse();
        CaseHandle database = app.window().session().currentCase().orElseThrow().handle();
        assertThat(letterCount(database)).isEqualTo(1);
        List<Item> stored = CaseAccess.read(database, r -> r.items().all());
        assertThat(stored).hasSize(14).extracting(Item::path).startsWith("1", "1/a", "1/b");
        try (Stream<Path> originals = Files.list(database.root().resolve("originals"))) {
            assertThat(originals.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith("-letter.txt"));
        }
        assertThat(app.dialogs().errors()).isEmpty();

        app.dialogs().answerOpen(copy);
        robot.clickOn(showing(robot, "#fileMenu")).clickOn(showing(robot, "#importLetterItem"));
        waitUntil(() -> !app.dialogs().infos().isEmpty());

        assertThat(app.dialogs().infos()).singleElement().satisfies(info -> assertThat(info.message())
                .contains("already in the case, imported as “Reply to concerns raised at the Trust Board, 26 May 2021”")
                .contains(database.root().resolve("originals").toString()));
        assertThat(shown(robot, "#itemList")).isFalse();
        assertThat(letterCount(database)).isEqualTo(1);

        Path junk = Files.write(app.documents().resolve("Post").resolve("scan.pdf"), new byte[] {0x13, 0x37, 0x00, 0x42, 0x7f});
        app.dialogs().answerOpen(junk);
        robot.clickOn(showing(robot, "#fileMenu")).clickOn(showing(robot, "#importLetterItem"));
        waitUntil(() -> !app.dialogs().errors().isEmpty());

        assertThat(app.dialogs().errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The letter could not be imported");
            assertThat(error.message()).startsWith("scan.pdf: ");
        });
        assertThat(shown(robot, "#itemList")).isFalse();
        assertThat(letterCount(database)).isEqualTo(1);
        assertThat(CaseAccess.read(database, r -> r.items().all()).size()).isEqualTo(14);
    }

    @Test
    void importingIsOfferedOnlyWithACaseOpen(FxRobot robot) {
        assertThat(menuItemDisabled(robot, "#importLetterItem")).isTrue();
        assertThat(menuItemDisabled(robot, "#pasteLetterItem")).isTrue();
    }

    private static long letterCount(CaseHandle database) {
        return CaseAccess.read(database, r -> r.letters().count());
    }

    private boolean menuItemDisabled(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals("#" + item.getId())).findFirst().orElseThrow().isDisable();
    }

}
