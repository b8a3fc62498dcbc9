package org.casebook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.casebook.app.CasebookApp;
import org.casebook.app.Services;
import org.casebook.service.UserSettings;
import org.casebook.ui.common.FxDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.casebook.ui.shell.MainWindow;

/**
 * Starts the real window for looking at it under Xvfb (screenshots for docs/images). Not a test and not shipped:
 * the Launcher in src/main belongs to the app; this one seeds a few cases into {@code casebook.home} first.
 * Arguments: {@code real} (CasebookApp as is), {@code welcome}, {@code case}, {@code codebook} (the case's codebook
 * screen) or {@code review} (the review step on the fixture letter.pdf), then optionally a font percent and
                }
 * Arguments: {@code real} (CasebookApp as is), {@code welcome}, {@code case}, {@code commitments} or {@code review} (the review step
 * on the fixture letter.pdf), then optionally a font percent and
 * {@code light}/{@code dark}.
 */
public final class ScreenshotMain {

    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("real")) {
            Application.launch(CasebookApp.class, args);
        } else {
            Application.launch(SeededApp.class, args);
        }
    }

    /** A few tags and stances, so the workspace shows chips and badges as a member's case would. */
    static void annotateForLooks(Services services, org.casebook.service.CaseHandle db,
                                 List<org.casebook.domain.Item> items) {
        var notes = services.annotationService();
        String[][] tags = {{"funding-refusal", "pay-disparity"}, {"exclusion-from-decisions"}, {"undermining", "accountability"}, {"pay-disparity"},
                {"wellbeing-harm"}, {"career-pathway", "peer-roles"}};
        org.casebook.domain.Stance[] stances = {org.casebook.domain.Stance.DISPUTE, org.casebook.domain.Stance.PARTLY_AGREE,
                org.casebook.domain.Stance.UNANSWERED, org.casebook.domain.Stance.AGREE};
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (i % 2 == 0 && !item.path().equals("2")) {
                for (String theme : tags[(i / 2) % tags.length]) {
                    notes.setTheme(db, item.id(), theme, java.util.Optional.of(org.casebook.domain.TagState.CONFIRMED));
                }
                notes.setStance(db, item.id(), stances[(i / 2) % stances.length], "The response does not say how.");
            }
        }
    }

    /** The main window over seeded cases, optionally with one of them open. */
    public static final class SeededApp extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Services services = Services.forCurrentUser();
            // -Dcb.documents puts the seeded cases somewhere that reads naturally in a published screenshot.
            Path cases = Path.of(System.getProperty("cb.documents", services.directories().home().resolve("Documents").toString()));
            Files.createDirectories(cases);
            for (String name : List.of("Complaints 2025", "Ward 7 — discharge letters", "Community team review")) {
                Path root = cases.resolve(name + ".casebook");
                if (!Files.exists(root)) {
                    services.caseService().create(root).close();
                }
                services.settings().addRecentCase(root);
            }
            services.settings().addRecentCase(cases.resolve("Moved away.casebook"));
            services.settings().addRecentCase(cases.resolve("Trust response March 2026.casebook"));
            if (args.size() > 1) {
                UserSettings.FontScale.ofPercent(Integer.parseInt(args.get(1))).ifPresent(services.settings()::setFontScale);
            }
            if (args.size() > 2) {
                services.settings().setTheme(UserSettings.Theme.valueOf(args.get(2).toUpperCase(java.util.Locale.ROOT)));
            }
            Messages messages = Messages.load();
            MainWindow window = MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), new FxDialogService(stage, messages),
                    new FxTaskRunner(), messages, ZoneId.systemDefault()));
            Path complaints = cases.resolve("Complaints 2025.casebook");
            switch (args.get(0)) {
                case "case" -> window.session().open(complaints);
                case "review" -> {
                    // The fixture letter as a member would import it, with one item selected and a body chosen.
                    window.session().open(complaints);
                    Path letter = org.casebook.importing.Fixtures.trustBoardReply("letter.pdf");
                    window.session().currentCaseProperty().addListener((obs, old, now) -> now.ifPresent(
                            open -> javafx.application.Platform.runLater(() -> window.imports().importFiles(List.of(letter)))));
                    window.imports().review().addListener((obs, old, review) -> review.ifPresent(r -> {
                        r.form().body().set("Birmingham and Solihull Mental Health NHS Foundation Trust");
                        javafx.application.Platform.runLater(() -> r.selectedPathProperty().set(java.util.Optional.of("1/b")));
                    }));
                }
                case "workspace" -> {
                    // A case holding the fixture letter, for looking at the annotation workspace with an item chosen.
                    Path root = cases.resolve("Trust replies.casebook");
                    if (!Files.exists(root)) {
                        try (var db = services.caseService().create(root)) {
                            var draft = services.importService().prepare(
                                    org.casebook.importing.Fixtures.trustBoardReply("letter.pdf"),
                                    org.casebook.domain.ProgressListener.NONE);
                            var found = draft.suggestedDetails();
                            var stored = services.importService().store(db, draft, draft.split(), new org.casebook.service.LetterDetails(
                                    found.title(), found.date(), found.from(), found.to(),
                                    java.util.Optional.of("Birmingham and Solihull Mental Health NHS Foundation Trust"),
                                    found.meetingName(), found.meetingDate()));
                            annotateForLooks(services, db, stored.items());
                        }
                    }
                    window.session().open(root);
                    String path = System.getProperty("cb.item", "2");
                    window.session().currentCaseProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(
                            () -> {
                                window.workspace().shownRows().stream().filter(r -> r.path().equals(path)).findFirst()
                                        .ifPresent(r -> window.workspace().select(java.util.Optional.of(r.id())));
                                String screen = System.getProperty("cb.screen", "items").toLowerCase(java.util.Locale.ROOT);
                                ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + screen + "ScreenButton")).fire();
                                if (screen.equals("commitments")) {
                                    ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#commitmentsTable"))
                                            .getSelectionModel().select(Integer.getInteger("cb.row", 0));
                                }
                            }));
                }
                case "sample" -> {
                    // The sample case as a newcomer meets it; -Dcb.screen picks the screen (PACK makes a pack at once),
                    // -Dcb.item the item.
                    Path sample = cases.resolve("Sample case.casebook");
                    if (!Files.exists(sample)) {
                        services.sampleCaseService().create(sample).close();
                    }
                    window.session().open(sample);
                    String path = System.getProperty("cb.item", "1");
                    var screen = org.casebook.ui.common.Navigation.Screen.valueOf(System.getProperty("cb.screen", "ITEMS"));
                    window.session().currentCaseProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> {
                        window.workspace().shownRows().stream().filter(r -> r.path().equals(path)).findFirst()
                                .ifPresent(r -> window.workspace().select(java.util.Optional.of(r.id())));
                        ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + screen.name().toLowerCase(
                                java.util.Locale.ROOT) + "ScreenButton")).fire();
                        if (Boolean.getBoolean("cb.letter")) {
                            javafx.application.Platform.runLater(() -> window.workspace().requestFocus(
                                    org.casebook.ui.workspace.WorkspaceViewModel.Focus.LETTER));
                        }
                        if (screen == org.casebook.ui.common.Navigation.Screen.PACK && !Boolean.getBoolean("cb.noPack")) {
                            // The pack made as the member would, with the button; -Dcb.noPack shows the screen before.
                            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#makePackButton")).fire();
                            // -Dcb.formScroll=1 shows the bottom of the form: options, group name and hidden names.
                            javafx.application.Platform.runLater(() -> ((javafx.scene.control.ScrollPane) stage.getScene()
                                    .lookup("#formScroll")).setVvalue(Double.parseDouble(System.getProperty("cb.formScroll", "0"))));
                        }
                        if (screen == org.casebook.ui.common.Navigation.Screen.COMMITMENTS) {
                            ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#commitmentsTable"))
                                    .getSelectionModel().select(Integer.getInteger("cb.row", 1));
                        }
                    }));
                }
                case "codebook" -> {
                    window.session().open(complaints);
                    // The screen bar's own button, as a member would switch; then a theme selected to show the form.
                    window.session().currentCaseProperty().addListener((obs, old, now) -> now.ifPresent(
                            open -> javafx.application.Platform.runLater(() -> {
                                ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#codebookScreenButton")).fire();
                                ((javafx.scene.control.TreeView<?>) stage.getScene().lookup("#themeTree"))
                                        .getSelectionModel().select(1);
                            })));
                }
                case "commitments" -> {
                    Path demo = cases.resolve("Trust commitments.casebook");
                    org.casebook.ui.commitments.SampleCommitments.create(services.caseService(), services.annotationService(), demo);
                    window.session().currentCaseProperty().addListener((obs, old, now) -> now.ifPresent(open ->
                            javafx.application.Platform.runLater(() -> ((javafx.scene.control.ToggleButton)
                                    stage.getScene().lookup("#commitmentsScreenButton")).fire())));
                    window.session().currentCaseProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(
                            () -> ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#commitmentsTable"))
                                    .getSelectionModel().select(0)));
                    window.session().open(demo);
                }
                case "threads" -> {
                    // The sample case and its made-up second reply with every suggested link confirmed and a few
                    // stances, on the Threads screen; -Dcb.tab=matrix shows the matrix, -Dcb.axis=meetings its meetings.
                    Path folder = Files.createDirectories(cases.resolve("threads-" + System.nanoTime()));
                    var made = org.casebook.service.SecondReplyCase.create(services, folder);
                    var threads = services.threadService();
                    threads.suggestLinks(made.database, org.casebook.service.ThreadService.DEFAULT_THRESHOLD)
                            .forEach(link -> threads.confirmLink(made.database, link.itemA(), link.itemB()));
                    var notes = services.annotationService();
                    notes.setStance(made.database, made.first("2"), org.casebook.domain.Stance.DISPUTE, "");
                    notes.setStance(made.database, made.second("2"), org.casebook.domain.Stance.AGREE, "");
                    notes.setStance(made.database, made.first("1"), org.casebook.domain.Stance.PARTLY_AGREE, "");
                    notes.setStance(made.database, made.second("1"), org.casebook.domain.Stance.DISPUTE, "");
                    notes.setStance(made.database, made.second("3"), org.casebook.domain.Stance.UNANSWERED, "");
                    Path root = made.database.root();
                    made.database.close();
                    window.session().currentCaseProperty().addListener((obs, old, now) -> now.ifPresent(open ->
                            javafx.application.Platform.runLater(() -> {
                                ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#threadsScreenButton")).fire();
                                String tab = System.getProperty("cb.tab", "compare");
                                if (!tab.equals("compare")) {
                                    ((javafx.scene.control.TabPane) stage.getScene().lookup("#threadTabs"))
                                            .getSelectionModel().select(tab.equals("matrix") ? 1 : 2);
                                }
                                if (System.getProperty("cb.axis", "bodies").equals("meetings")) {
                                    ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#byMeetingButton")).fire();
                                }
                                ((javafx.scene.control.ListView<?>) stage.getScene().lookup("#threadList"))
                                        .getSelectionModel().select(Integer.getInteger("cb.row", 1));
                            })));
                    window.session().open(root);
                }
                case "about" -> javafx.application.Platform.runLater(() -> new org.casebook.ui.about.AboutDialog(
                        messages, services.directories()).show(stage));
                case "error" -> {
                    new org.casebook.ui.common.UnexpectedErrorHandler(new FxDialogService(stage, messages), messages,
                            services.directories().logFile()).install();
                    javafx.application.Platform.runLater(() -> {
                        throw new IllegalStateException("A deliberate fault to look at the error dialog");
                    });
                }
                case "missing" -> javafx.application.Platform.runLater(
                        () -> window.session().open(cases.resolve("Moved away.casebook")));
                case "restore" -> {
                    window.session().open(complaints);
                    // Opening runs in the background; ask for the restore once the case is open.
                    window.session().currentCaseProperty().addListener((obs, old, now) -> now.ifPresent(
                            open -> javafx.application.Platform.runLater(window.session()::restoreBackup)));
                }
                default -> { }
            }
        }
    }
}
