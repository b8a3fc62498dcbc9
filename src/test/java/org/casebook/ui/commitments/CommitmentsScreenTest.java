package org.casebook.ui.commitments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Letter;
import org.casebook.domain.StatusChange;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.FakeCommitmentDialogs;
import org.casebook.ui.commitments.CommitmentDialogs.Draft;
import org.casebook.ui.common.ControllerFactory;
import org.casebook.ui.common.Styles;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.common.ViewLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.FxQueries.showing;
import static org.casebook.ui.FxQueries.waitUntil;

/** The commitments screen and its forms, headless, over a real case. */
@ExtendWith(ApplicationExtension.class)
class CommitmentsScreenTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private TestCases app;
    private FxCommitmentDialogs forms;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        Path home = Files.createTempDirectory(base, "commitments");
        app = new TestCases(home.resolve("casebook"));
        app.dialogs.answerSave(home.resolve("Ward 7"));
        app.session.newCase();
        CaseHandle database = app.edits.handle().orElseThrow();
        Letter letter = CaseAccess.write(database, r -> r.letters().add(new Letter(0, "Trust Board reply", Optional.empty(), "", "",
                Optional.empty(), Optional.empty(), Optional.empty(), "Dear colleagues,", "Yours,", "", Optional.empty())));
        app.services.annotationService().addCommitment(database, new Commitment(0, letter.id(), CommitmentSource.INTRO,
                Optional.empty(), "Review the budget", "", Optional.of(TODAY.minusDays(3)), CommitmentStatus.OPEN, List.of()));
        app.services.annotationService().addCommitment(database, new Commitment(0, letter.id(), CommitmentSource.CLOSING,
                Optional.empty(), "Meet again", "", Optional.of(TODAY.minusDays(3)), CommitmentStatus.KEPT,
                List.of(new StatusChange(TODAY, CommitmentStatus.KEPT, ""))));
        app.edits.refresh();
        CommitmentsViewModel viewModel = new CommitmentsViewModel(app.edits, app.services.annotationService(),
                app.services.suggestionWorkflow(),
                app.navigation, new FakeCommitmentDialogs(), app.dialogs, app.messages,
                Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
        var root = new ViewLoader(app.messages, new ControllerFactory(Map.of(CommitmentsView.class,
                () -> new CommitmentsView(viewModel)))).load(CommitmentsView.class, "Commitments.fxml");
        // The app's theme, whose colour names the stylesheet builds on.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, 1000, 640);
        scene.getStylesheets().add(CommitmentsView.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        forms = new FxCommitmentDialogs(stage, app.messages);
    }

    @Stop
    void stop() {
        app.session.shutdown();
    }

    @Test
    void anOverdueCommitmentStandsOutByStyleAndByWords(FxRobot robot) {
        TableRow<?> overdue = row(robot, "Review the budget");
        TableRow<?> kept = row(robot, "Meet again");

        assertThat(overdue.getStyleClass()).contains(Styles.COMMITMENT_OVERDUE, Styles.COMMITMENT_OPEN);
        assertThat(cellTexts(overdue)).contains("⚠ Overdue", "7 Mar 2026", "intro · Trust Board reply");
        assertThat(overdue.getAccessibleText()).contains("Overdue");
        assertThat(kept.getStyleClass()).contains(Styles.COMMITMENT_KEPT).doesNotContain(Styles.COMMITMENT_OVERDUE);
        assertThat(cellTexts(kept)).contains("7 Mar 2026", "✓ Kept");
    }

    @Test
    void theEditFormKeepsOkDisabledUntilThePromiseHasWords(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Draft>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(forms.edit("Add commitment", new Draft("", "", Optional.empty()))));
        waitUntil(() -> robot.lookup("#commitmentTextField").tryQuery().isPresent());
        Button ok = okButton(robot);
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(() -> ((TextArea) showing(robot, "#commitmentTextField")).setText("   "));
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> {
            ((TextArea) showing(robot, "#commitmentTextField")).setText("Publish the plan");
            ((TextField) showing(robot, "#commitmentOwnerField")).setText("Chief Nurse");
            ((javafx.scene.control.DatePicker) showing(robot, "#commitmentDueField")).getEditor().setText("not a date");
        });
        assertThat(ok.isDisabled()).as("a date that cannot be read").isTrue();
        robot.interact(() -> ((javafx.scene.control.DatePicker) showing(robot, "#commitmentDueField"))
                .getEditor().setText("1/4/2026"));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);

        assertThat(result.get(20, TimeUnit.SECONDS))
                .contains(new Draft("Publish the plan", "Chief Nurse", Optional.of(LocalDate.of(2026, 4, 1))));
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> n instanceof Button b && b.getText().equals("OK"))
                .queryAs(Button.class);
    }

    private static TableRow<?> row(FxRobot robot, String text) {
        return robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof CommitmentRow c
                && c.text().equals(text)).queryAs(TableRow.class);
    }

    private static List<String> cellTexts(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(n -> ((TableCell<?, ?>) n).getText())
                .filter(t -> t != null).toList();
    }
}
